package org.sunlight.organization.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.web.ApiModels.CreateStaff;
import org.sunlight.organization.web.ApiModels.MoveToUnit;
import org.sunlight.organization.web.ApiModels.Rename;
import org.sunlight.organization.web.ApiModels.StaffJson;

@RestController
@RequestMapping("/api/v1/staff")
@PreAuthorize(ApiAccess.STAFF)
@Tag(name = "Staff", description = "Staff placed in units, holding posts of their unit")
class StaffApi {

    private final OrganizationAdmin admin;
    private final OrganizationDirectory directory;

    StaffApi(OrganizationAdmin admin, OrganizationDirectory directory) {
        this.admin = admin;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Staff with this exact name (names may repeat)")
    List<StaffView> named(@RequestParam String name) {
        return directory.staffNamed(name);
    }

    @GetMapping("/{id}")
    StaffJson get(@PathVariable long id) {
        return StaffJson.of(admin.staff(id));
    }

    @PostMapping
    @PreAuthorize(ApiAccess.ADMIN)
    ResponseEntity<StaffJson> create(@Valid @RequestBody CreateStaff body) {
        StaffJson created = StaffJson.of(admin.createStaff(body.name(), body.unitId()));
        return ResponseEntity.created(URI.create("/api/v1/staff/" + created.id())).body(created);
    }

    @RequestMapping(path = "/{id}", method = {RequestMethod.PATCH, RequestMethod.PUT})
    @PreAuthorize(ApiAccess.ADMIN)
    StaffJson rename(@PathVariable long id, @Valid @RequestBody Rename body) {
        return StaffJson.of(admin.renameStaff(id, body.version(), body.name()));
    }

    @PostMapping("/{id}/move")
    @PreAuthorize(ApiAccess.ADMIN)
    @Operation(summary = "Place a member of staff in another unit; the old unit's posts are revoked")
    StaffJson move(@PathVariable long id, @Valid @RequestBody MoveToUnit body) {
        return StaffJson.of(admin.moveStaff(id, body.version(), body.unitId()));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(ApiAccess.ADMIN)
    StaffJson deactivate(@PathVariable long id) {
        return StaffJson.of(admin.deactivateStaff(id));
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(ApiAccess.ADMIN)
    StaffJson reactivate(@PathVariable long id) {
        return StaffJson.of(admin.reactivateStaff(id));
    }

    @PutMapping("/{id}/posts/{postId}")
    @PreAuthorize(ApiAccess.ADMIN)
    @Operation(summary = "Grant a post of the staff member's own unit")
    StaffJson grant(@PathVariable long id, @PathVariable long postId) {
        return StaffJson.of(admin.grantPost(id, postId));
    }

    @DeleteMapping("/{id}/posts/{postId}")
    @PreAuthorize(ApiAccess.ADMIN)
    StaffJson revoke(@PathVariable long id, @PathVariable long postId) {
        return StaffJson.of(admin.revokePost(id, postId));
    }
}
