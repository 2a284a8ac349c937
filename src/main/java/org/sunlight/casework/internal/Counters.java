package org.sunlight.casework.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two numbering counters: case numbers per region, department and day, and document numbers per
 * department, series and year. Each draw locks its counter row until the caller's transaction ends, so
 * concurrent draws queue and a rolled-back case leaves no gap behind a committed one.
 */
@Component
class Counters {

    private final JdbcClient jdbc;

    Counters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextCaseSequence(String regionCode, long departmentId, LocalDate day) {
        jdbc.sql("""
                insert into case_number_counter (region_code, department_id, on_day, last_value) values (?, ?, ?, 0)
                on conflict do nothing
                """).params(regionCode, departmentId, day).update();
        jdbc.sql("update case_number_counter set last_value = last_value + 1 where region_code = ? and department_id = ? and on_day = ?")
                .params(regionCode, departmentId, day).update();
        return jdbc.sql("select last_value from case_number_counter where region_code = ? and department_id = ? and on_day = ?")
                .params(regionCode, departmentId, day).query(Integer.class).single();
    }

    int nextDocumentNumber(long departmentId, String series, int year) {
        jdbc.sql("""
                insert into document_counter (department_id, series, doc_year, last_value) values (?, ?, ?, 0)
                on conflict do nothing
                """).params(departmentId, series, year).update();
        jdbc.sql("update document_counter set last_value = last_value + 1 where department_id = ? and series = ? and doc_year = ?")
                .params(departmentId, series, year).update();
        return jdbc.sql("select last_value from document_counter where department_id = ? and series = ? and doc_year = ?")
                .params(departmentId, series, year).query(Integer.class).single();
    }
}
