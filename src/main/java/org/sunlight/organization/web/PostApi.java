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
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.web.ApiModels.CreatePost;
import org.sunlight.organization.web.ApiModels.MoveToUnit;
import org.sunlight.organization.web.ApiModels.PostJson;
import org.sunlight.organization.web.ApiModels.Rename;

@RestController
@RequestMapping("/api/v1/posts")
@PreAuthorize(ApiAccess.STAFF)
@Tag(name = "Posts", description = "Posts (岗位) in units: where flowchart steps are assigned")
class PostApi {

    private final OrganizationAdmin admin;
    private final OrganizationDirectory directory;

    PostApi(OrganizationAdmin admin, OrganizationDirectory directory) {
        this.admin = admin;
        this.directory = directory;
    }

    @GetMapping("/{id}")
    PostJson get(@PathVariable long id) {
        return PostJson.of(admin.post(id));
    }

    @GetMapping("/{id}/staff")
    @Operation(summary = "Staff holding this post")
    List<StaffView> holders(@PathVariable long id) {
        admin.post(id);
        return directory.staffHolding(id);
    }

    @PostMapping
    @PreAuthorize(ApiAccess.ADMIN)
    ResponseEntity<PostJson> create(@Valid @RequestBody CreatePost body) {
        PostJson created = PostJson.of(admin.createPost(body.unitId(), body.name()));
        return ResponseEntity.created(URI.create("/api/v1/posts/" + created.id())).body(created);
    }

    @RequestMapping(path = "/{id}", method = {RequestMethod.PATCH, RequestMethod.PUT})
    @PreAuthorize(ApiAccess.ADMIN)
    PostJson rename(@PathVariable long id, @Valid @RequestBody Rename body) {
        return PostJson.of(admin.renamePost(id, body.version(), body.name()));
    }

    @PostMapping("/{id}/move")
    @PreAuthorize(ApiAccess.ADMIN)
    @Operation(summary = "Move a post to another unit (refused while anyone holds it)")
    PostJson move(@PathVariable long id, @Valid @RequestBody MoveToUnit body) {
        return PostJson.of(admin.movePost(id, body.version(), body.unitId()));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(ApiAccess.ADMIN)
    PostJson deactivate(@PathVariable long id) {
        return PostJson.of(admin.deactivatePost(id));
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize(ApiAccess.ADMIN)
    PostJson reactivate(@PathVariable long id) {
        return PostJson.of(admin.reactivatePost(id));
    }
}
