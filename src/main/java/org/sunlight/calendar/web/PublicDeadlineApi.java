package org.sunlight.calendar.web;

import java.time.Clock;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.calendar.CalendarService;
import org.sunlight.calendar.DeadlineAnswer;
import org.sunlight.calendar.DeadlineRequest;
import org.sunlight.calendar.internal.CalendarAdministration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public deadline calculator as JSON. */
@RestController
@Tag(name = "Deadline calculator", description = "Working-day deadlines on the official holiday calendars, explained")
class PublicDeadlineApi {

    private final CalendarService calendars;
    private final CalendarAdministration administration;
    private final Clock clock;

    PublicDeadlineApi(CalendarService calendars, CalendarAdministration administration, Clock clock) {
        this.calendars = calendars;
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/public/deadline", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compute a deadline",
            description = "The start day is day zero (not counted); the period ends at 24:00 of the due day. Working days follow "
                    + "the State Council holiday arrangement (and the region's local overrides). Natural-day periods ending on a "
                    + "day off end on the next working day. Pauses stop the clock. The explanation is in the caller's language "
                    + "(Chinese by default; Accept-Language: en or ?lang=en for English).")
    @ApiResponse(responseCode = "200", description = "The deadline")
    @ApiResponse(responseCode = "400", description = "Bad input; `errors` names each field",
            content = @Content(mediaType = "application/problem+json"))
    DeadlineResponse deadline(
            @Parameter(description = "Start date (day zero), or a Beijing date-time for hours", example = "2026-09-30")
            @RequestParam(required = false) String start,
            @Parameter(description = "The limit, a positive whole number", example = "20")
            @RequestParam(required = false) String limit,
            @Parameter(description = "WORKING_DAYS (default), NATURAL_DAYS or HOURS", example = "WORKING_DAYS",
                    schema = @Schema(allowableValues = {"WORKING_DAYS", "NATURAL_DAYS", "HOURS"}))
            @RequestParam(required = false) String unit,
            @Parameter(description = "A pause from/to (closed date range, or Beijing date-times), optionally KIND:from/to with KIND "
                    + "SUPPLEMENT (default), SPECIAL_PROCEDURE, SUSPENSION or OTHER; repeatable", example = "2026-10-12/2026-10-15")
            @RequestParam(required = false) List<String> pause,
            @Parameter(description = "An approved extension in the same unit; repeatable", example = "10")
            @RequestParam(required = false) List<String> extension,
            @Parameter(description = "Region code (GB/T 2260); the national calendar when absent", example = "321081")
            @RequestParam(required = false) String region) {
        DeadlineRequest request = DeadlineInput.read(start, limit, unit, pause, extension, () -> calendars.calendar(region));
        DeadlineAnswer answer = calendars.deadline(region, request);
        return DeadlineResponse.of(answer, administration.regionName(answer.regionCode()), clock.instant());
    }
}
