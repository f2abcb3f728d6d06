package io.jingchu.hub.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The loader on a database of its own, so that what it loads is all there is. */
class DivisionLoaderIT {

    private JdbcTemplate jdbc;

    @BeforeEach
    void freshDatabase() {
        Map<String, Object> connection = TestDatabase.connection();
        DataSource dataSource = new DriverManagerDataSource((String) connection.get("spring.datasource.url"),
                (String) connection.get("spring.datasource.username"), (String) connection.get("spring.datasource.password"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    private DivisionLoader loader(String... provinces) {
        return new DivisionLoader(new RegionProperties(List.of(provinces)), new DivisionFiles(), jdbc);
    }

    private long count(String prefix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM division WHERE code LIKE ?", Long.class, prefix + "%");
    }

    @Test
    void loadsTheConfiguredProvinceOnceAndARestartLoadsNothing() {
        DivisionLoader.LoadReport first = loader("42").load();

        assertThat(first.provinces()).containsExactly("42");
        assertThat(first.divisions()).isEqualTo(count("42")).isGreaterThan(28_000);
        assertThat(count("")).isEqualTo(count("42"));

        DivisionLoader.LoadReport again = loader("42").load();
        assertThat(again.provinces()).isEmpty();
        assertThat(again.divisions()).isZero();
        assertThat(count("")).isEqualTo(first.divisions());
    }

    @Test
    void addingAProvinceLaterLoadsJustThatProvince() {
        loader("42").load();
        long hubei = count("42");

        DivisionLoader.LoadReport added = loader("42", "11").load();

        assertThat(added.provinces()).containsExactly("11");
        assertThat(added.divisions()).isEqualTo(count("11")).isPositive();
        assertThat(count("42")).isEqualTo(hubei);
    }

    @Test
    void aLoadCutShortIsCompletedOnTheNextStart() {
        // as if a start had died after writing some of Hubei's rows but before the province row
        jdbc.update("INSERT INTO division (code, name, level, parent_code) VALUES "
                + "('420500000000', '宜昌市', 'CITY', '420000000000'), ('420506000000', '夷陵区', 'COUNTY', '420500000000')");

        DivisionLoader.LoadReport report = loader("42").load();

        assertThat(report.provinces()).containsExactly("42");
        assertThat(report.divisions()).isEqualTo(count("42") - 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM division WHERE code = '420000000000'", Long.class)).isOne();
    }

    @Test
    void noneLoadsNothing() {
        assertThat(loader("none").load().divisions()).isZero();
        assertThat(count("")).isZero();
    }

    @Test
    void anUnknownProvinceStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> loader("42", "99").load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jingchu.region.provinces").hasMessageContaining("[99]");
        assertThat(count("")).isZero();
    }

    @Test
    void eachDivisionKnowsItsLevelAndParent() {
        loader("42").load();
        assertThat(jdbc.queryForMap("SELECT name, level, parent_code FROM division WHERE code = '420506000000'"))
                .containsEntry("name", "夷陵区").containsEntry("level", "COUNTY").containsEntry("parent_code", "420500000000");
        assertThat(jdbc.queryForList("SELECT DISTINCT level FROM division", String.class))
                .containsExactlyInAnyOrderElementsOf(Set.of("PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE"));
    }
}
