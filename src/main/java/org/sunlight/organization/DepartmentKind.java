package org.sunlight.organization;

/**
 * What sort of body a department is, where other modules need to find one: the supervision office
 * (纪委监委) that watches a region, the legal affairs office (法制办) that reviews, the government
 * service centre (政务服务中心) that runs the windows. Optional: most departments are simply
 * administrative.
 */
public enum DepartmentKind {
    /** 行政机关: an ordinary department exercising administrative powers */
    ADMINISTRATIVE,
    /** 纪检监察: discipline inspection and supervision */
    SUPERVISION,
    /** 法制: legal affairs, legal review */
    LEGAL_AFFAIRS,
    /** 政务服务: the government service centre and its windows */
    GOVERNMENT_SERVICE
}
