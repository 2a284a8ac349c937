package org.sunlight.catalog.search;

/** Field names of the catalog index; one Lucene document per item (its version in force). */
final class IndexFields {

    private IndexFields() {
    }

    /** item id, the key for updates */
    static final String ID = "id";
    /** power code, exact */
    static final String CODE = "code";
    static final String CODE_SORT = "code_sort";
    /** name cut into smartcn words (not stored) */
    static final String NAME_WORDS = "name";
    /** name cut into bigrams and single characters; stored, the source of the highlighted name */
    static final String NAME_BIGRAMS = "name_bg";
    /** the rest of the public guide in bigrams; stored, the source of the highlighted snippet */
    static final String BODY_BIGRAMS = "body_bg";
    static final String CATEGORY = "category";
    static final String DEPARTMENT = "department";
    /** the department id again as sorted doc values, for counting by ordinal */
    static final String DEPARTMENT_FACET = "department_facet";
    static final String DEPARTMENT_NAME = "department_name";
    /** every region code from the root down to the department's region, for subtree filters */
    static final String REGION = "region";
    static final String REGION_CODE = "region_code";
    static final String LIFECYCLE = "lifecycle";
    static final String ABOLISHED_ON = "abolished_on";
    static final String VERSION_NO = "version_no";
    static final String EFFECTIVE_FROM = "effective_from";
    static final String SEQ_NO = "seq_no";
}
