/**
 * Shared kernel: the clock, the error vocabulary every module answers with, navigation
 * contributions and demo-mode switch. Open to every module; holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sunlight.common;
