package org.ssmclassroom.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A feature's entry point for writing an imported record (a workshop archive) into its own tables: a bean that
 * runs only inside its caller's transaction, since an import is one user action, and only for an instructor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Service
@Transactional(propagation = Propagation.MANDATORY)
@PreAuthorize("hasRole('INSTRUCTOR')")
public @interface ImportEntryPoint {}
