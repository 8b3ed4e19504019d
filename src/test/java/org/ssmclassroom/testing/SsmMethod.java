package org.ssmclassroom.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.PackFiles;
import org.ssmclassroom.scenario.PackReader;
import org.ssmclassroom.scenario.PackResult;

/** The bundled method pack, read from its folder, for plain tests of what the boards do with it. */
public final class SsmMethod {

    private SsmMethod() {}

    public static final Method METHOD = read();

    private static Method read() {
        try {
            PackResult result = new PackReader()
                    .read(PackFiles.fromFolder(Path.of("scenarios/ssm-method"), "ssm-method"), id -> Optional.empty());
            return ((PackResult.Valid) result).pack().method();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
