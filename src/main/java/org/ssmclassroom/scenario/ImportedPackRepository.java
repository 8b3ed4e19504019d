package org.ssmclassroom.scenario;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.ssmclassroom.base.SqlDialect;

/** Imported pack zips, stored whole so that a restart reads them exactly as they were uploaded. */
@Repository
class ImportedPackRepository {

    record StoredPack(String packId, byte[] archive) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    private final String save;

    ImportedPackRepository(JdbcClient jdbc, Clock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.save = SqlDialect.of(dataSource)
                .upsert(
                        "imported_pack",
                        List.of("pack_id"),
                        List.of("pack_id", "version", "archive", "imported_by", "imported_at"));
    }

    List<StoredPack> findAll() {
        return jdbc.sql("SELECT pack_id, archive FROM imported_pack ORDER BY pack_id")
                .query((rs, n) -> new StoredPack(rs.getString(1), rs.getBytes(2)))
                .list();
    }

    java.util.Optional<StoredPack> find(String packId) {
        return jdbc.sql("SELECT pack_id, archive FROM imported_pack WHERE pack_id = ?")
                .param(packId)
                .query((rs, n) -> new StoredPack(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /**
     * Stores the pack's zip in place of any stored before: one statement, so a failed write keeps the earlier one
     * and two nodes importing the same pack at once never clash on its id (the later one stays).
     */
    void save(String packId, String version, byte[] archive, String importedBy) {
        jdbc.sql(save)
                .params(packId, version, archive, importedBy, OffsetDateTime.now(clock))
                .update();
    }

    void delete(String packId) {
        jdbc.sql("DELETE FROM imported_pack WHERE pack_id = ?").param(packId).update();
    }
}
