package org.ssmclassroom.record;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet's limit on a multipart upload, taken from the largest file the app accepts: a workshop archive.
 * Browsers send the file as the request body (Vaadin 25's upload), which this limit does not touch; a multipart
 * client gets a little headroom for the form's own bytes, so that the app, not the servlet, refuses a file over
 * {@link ArchiveImport#MAX_BYTES} and says so. (It replaces {@code spring.servlet.multipart.*}.)
 */
@Configuration
class UploadLimits {

    static final long MULTIPART_BYTES = ArchiveImport.MAX_BYTES + 1024 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(MULTIPART_BYTES));
        factory.setMaxRequestSize(DataSize.ofBytes(MULTIPART_BYTES));
        return factory.createMultipartConfig();
    }
}
