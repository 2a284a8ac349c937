package org.sunlight.organization;

/**
 * A department (部门) as other modules see it. {@code shortName} is the abbreviation used in
 * document numbers (e.g. 仪住建 in 仪住建罚决字〔2014〕第12号).
 */
public record DepartmentView(long id, String regionCode, String name, String shortName, boolean active) {
}
