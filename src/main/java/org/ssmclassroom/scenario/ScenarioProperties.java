package org.ssmclassroom.scenario;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ssm.scenarios.dir}: a folder of extra packs (folders or zips) read at start. */
@ConfigurationProperties("ssm.scenarios")
public record ScenarioProperties(Path dir) {

    public ScenarioProperties {
        dir = dir == null ? Path.of("scenarios") : dir;
    }
}
