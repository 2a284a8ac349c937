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
import org.sunlight.organization.UnitView;
import org.sunlight.organization.Versioned;
import org.sunlight.organization.web.ApiModels.CreateDepartment;
import org.sunlight.organization.web.ApiModels.DepartmentJson;
import org.sunlight.organization.web.ApiModels.MoveDepartment;
import org.sunlight.organization.web.ApiModels.RenameDepartment;

@RestController
@RequestMapping("/api/v1/departments")
@PreAuthorize(ApiAccess.STAFF)
@Tag(name = "Departments", description = "Departments (部门) in regions; shortName is used in document numbers")
class DepartmentApi {

    private final OrganizationAdmin admin;
    private final OrganizationDirectory directory;

    DepartmentApi(OrganizationAdmin admin, OrganizationDirectory directory) {
        this.admin = admin;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Departments with this exact name, in any region")
    List<DepartmentView> named(@RequestParam String name) {
        return directory.departmentsNamed(name);
    }

    @GetMapping("/{id}")
    DepartmentJson get(@PathVariable long id) {
        return json(admin.department(id));
    }

    @GetMapping("/{id}/units")
    List<UnitView> units(@PathVariable long id) {
        admin.department(id);
        return directory.unitsOf(id);
    }

    @PostMapping
    @PreAuthorize(ApiAccess.ADMIN)
    @Operation(summary = "Create a department", description = "kind (optional): ADMINISTRATIVE, SUPERVISION, LEGAL_AFFAIRS, GOVERNMENT_SERVICE")
    ResponseEntity<DepartmentJson> create(@RequestBody CreateDepartment body) {
        DepartmentJson created = json(admin.createDepartment(body.regionCode(), body.name(), body.shortName(), ApiModels.kind(body.kind())));
        return ResponseEntity.created(URI.create("/api/v1/departments/" + created.id())).body(created);
    }

    @RequestMapping(path = "/{id}", method = {RequestMethod.PATCH, RequestMethod.PUT})
    @PreAuthorize(ApiAccess.ADMIN)
    @Operation(summary = "Rename a department: name, short name and kind (send the version you read)")
    DepartmentJson rename(@PathVariable long id, @Valid @RequestBody RenameDepartment body) {
        return json(admin.renameDepartment(id, body.version(), body.name(), body.shortName(), ApiModels.kind(body.kind())));
    }

    @PostMapping("/{id}/move")
    @PreAuthorize(ApiAccess.ADMIN)
    @Operation(summary = "Move a department to another region")
    DepartmentJson move(@PathVariable long id, @Valid @RequestBody MoveDepartment body) {
        return json(admin.moveDepartment(id, body.version(), body.regionCode()));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(ApiAccess.ADMIN)
    DepartmentJson deactivate(@PathVariable long id) {
        return json(admin.deactivateDepartment(id));
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(ApiAccess.ADMIN)
    DepartmentJson reactivate(@PathVariable long id) {
        return json(admin.reactivateDepartment(id));
    }

    private DepartmentJson json(Versioned<DepartmentView> v) {
        return DepartmentJson.of(v, directory.kindOf(v.value().id()).orElse(null));
    }
}
