package org.sunlight.common;

import java.util.List;

/** Implemented by each module that has pages: the links it offers, and to whom. */
public interface NavigationContributor {

    List<NavigationItem> navigation();
}
