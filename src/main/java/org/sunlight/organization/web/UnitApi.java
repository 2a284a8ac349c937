package org.sunlight.organization.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.web.ApiModels.CreateUnit;
import org.sunlight.organization.web.ApiModels.MoveUnit;
import org.sunlight.organization.web.ApiModels.Rename;
import org.sunlight.organization.web.ApiModels.UnitJson;

@RestController
@RequestMapping("/api/v1/units")
@PreAuthorize(ApiAccess.STAFF)
@Tag(name = "Units", description = "Units (科室) of departments")
class UnitApi {

    private final OrganizationAdmin admin;
    private final OrganizationDirectory directory;

    UnitApi(OrganizationAdmin admin, OrganizationDirectory directory) {
        this.admin = admin;
        this.directory = directory;
    }

    @GetMapping("/{id}")
    UnitJson get(@PathVariable long id) {
        return UnitJson.of(admin.unit(id));
    }

    @GetMapping("/{id}/posts")
    List<PostView> posts(@PathVariable long id) {
        admin.unit(id);
        return directory.postsOf(id);
    }

    @GetMapping("/{id}/staff")
    List<StaffView> staff(@PathVariable long id) {
        admin.unit(id);
        return directory.staffOf(id);
    }

    @PostMapping
    @PreAuthorize(ApiAccess.ADMIN)
    ResponseEntity<UnitJson> create(@Valid @RequestBody CreateUnit body) {
        UnitJson created = UnitJson.of(admin.createUnit(body.departmentId(), body.name()));
        return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(created);
    }

    @RequestMapping(path = "/{id}", method = {RequestMethod.PATCH, RequestMethod.PUT})
    @PreAuthorize(ApiAccess.ADMIN)
    UnitJson rename(@PathVariable long id, @Valid @RequestBody Rename body) {
        return UnitJson.of(admin.renameUnit(id, body.version(), body.name()));
    }

    @PostMapping("/{id}/move")
    @PreAuthorize(ApiAccess.ADMIN)
    UnitJson move(@PathVariable long id, @Valid @RequestBody MoveUnit body) {
        return UnitJson.of(admin.moveUnit(id, body.version(), body.departmentId()));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(ApiAccess.ADMIN)
    UnitJson deactivate(@PathVariable long id) {
        return UnitJson.of(admin.deactivateUnit(id));
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(ApiAccess.ADMIN)
    UnitJson reactivate(@PathVariable long id) {
        return UnitJson.of(admin.reactivateUnit(id));
    }
}
