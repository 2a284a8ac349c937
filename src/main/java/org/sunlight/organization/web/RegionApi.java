package org.sunlight.organization.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.web.ApiModels.CreateRegion;
import org.sunlight.organization.web.ApiModels.MoveRegion;
import org.sunlight.organization.web.ApiModels.RegionJson;
import org.sunlight.organization.web.ApiModels.Rename;

@RestController
@RequestMapping("/api/v1/regions")
@PreAuthorize(ApiAccess.STAFF)
@Tag(name = "Regions", description = "The administrative region tree by GB/T 2260 code: province › city › county › town")
class RegionApi {

    private final OrganizationAdmin admin;
    private final OrganizationDirectory directory;

    RegionApi(OrganizationAdmin admin, OrganizationDirectory directory) {
        this.admin = admin;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Root regions (provinces)")
    List<RegionView> roots() {
        return directory.rootRegions();
    }

    @GetMapping("/{code}")
    RegionJson get(@PathVariable String code) {
        return RegionJson.of(admin.region(code));
    }

    @GetMapping("/{code}/children")
    List<RegionView> children(@PathVariable String code) {
        admin.region(code);
        return directory.childRegions(code);
    }

    @GetMapping("/{code}/departments")
    @Operation(summary = "Departments of a region; within=true includes every region below it")
    List<DepartmentView> departments(@PathVariable String code, @RequestParam(defaultValue = "false") boolean within) {
        admin.region(code);
        return within ? directory.departmentsWithin(code) : directory.departmentsIn(code);
    }

    @PostMapping
    @PreAuthorize(ApiAccess.ADMIN)
    @Operation(summary = "Create a region", description = "level is PROVINCE, CITY, COUNTY or TOWN; a province has no parentCode, "
            + "every other region names the active region one level up whose code it extends")
    ResponseEntity<RegionJson> create(@RequestBody CreateRegion body) {
        RegionJson created = RegionJson.of(admin.createRegion(body.code(), body.name(), ApiModels.level(body.level()), body.parentCode()));
        return ResponseEntity.created(URI.create("/api/v1/regions/" + created.code())).body(created);
    }

    @RequestMapping(path = "/{code}", method = {RequestMethod.PATCH, RequestMethod.PUT})
    @PreAuthorize(ApiAccess.ADMIN)
    @Operation(summary = "Rename a region (send the version you read)")
    RegionJson rename(@PathVariable String code, @Valid @RequestBody Rename body) {
        return RegionJson.of(admin.renameRegion(code, body.version(), body.name()));
    }

    @PostMapping("/{code}/move")
    @PreAuthorize(ApiAccess.ADMIN)
    @Operation(summary = "Reparent a region; the code must still fit the new parent")
    RegionJson move(@PathVariable String code, @Valid @RequestBody MoveRegion body) {
        return RegionJson.of(admin.moveRegion(code, body.version(), body.parentCode()));
    }

    @PostMapping("/{code}/deactivate")
    @PreAuthorize(ApiAccess.ADMIN)
    RegionJson deactivate(@PathVariable String code) {
        return RegionJson.of(admin.deactivateRegion(code));
    }

    @PostMapping("/{code}/reactivate")
    @PreAuthorize(ApiAccess.ADMIN)
    RegionJson reactivate(@PathVariable String code) {
        return RegionJson.of(admin.reactivateRegion(code));
    }
}
