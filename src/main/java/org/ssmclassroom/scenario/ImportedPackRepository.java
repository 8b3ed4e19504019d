package org.ssmclassroom.scenario;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Imported pack zips, stored whole so that a restart reads them exactly as they were uploaded. */
@Repository
class ImportedPackRepository {

    record StoredPack(String packId, byte[] archive) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportedPackRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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

    /** Replaces the pack's stored zip: one transaction, so a failed write keeps the one stored before. */
    @org.springframework.transaction.annotation.Transactional
    void save(String packId, String version, byte[] archive, String importedBy) {
        delete(packId);
        jdbc.sql(
                        "INSERT INTO imported_pack (pack_id, version, archive, imported_by, imported_at) VALUES (?, ?, ?, ?, ?)")
                .params(packId, version, archive, importedBy, OffsetDateTime.now(clock))
                .update();
    }

    void delete(String packId) {
        jdbc.sql("DELETE FROM imported_pack WHERE pack_id = ?").param(packId).update();
    }
}
