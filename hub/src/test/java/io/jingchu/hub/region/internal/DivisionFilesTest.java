package io.jingchu.hub.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.DivisionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped division files, read as the loader reads them. */
class DivisionFilesTest {

    private final DivisionFiles files = new DivisionFiles();

    private List<Division> read(String... provinces) {
        List<Division> divisions = new ArrayList<>();
        files.read(Set.of(provinces)::contains, divisions::add);
        return divisions;
    }

    @Test
    void thirtyOneProvincesAreShipped() {
        assertThat(files.provinceCodes()).hasSize(31).contains("11", "42", "65");
    }

    @Test
    void hubeiIsReadWholeWithEveryParentBeforeItsChildren() {
        List<Division> hubei = read("42");
        Set<String> seen = new HashSet<>();
        List<Division> orphans = new ArrayList<>();
        for (Division division : hubei) {
            if (division.parentCode() != null && !seen.contains(division.parentCode())) {
                orphans.add(division);
            }
            seen.add(division.code());
        }
        assertThat(orphans).isEmpty();
        assertThat(hubei).allMatch(d -> d.code().startsWith("42"));
        assertThat(hubei).filteredOn(d -> d.level() == DivisionLevel.PROVINCE).extracting(Division::name).containsExactly("湖北省");
        assertThat(hubei).contains(new Division("420500000000", "宜昌市", DivisionLevel.CITY, "420000000000"));
        assertThat(hubei).filteredOn(d -> d.level() == DivisionLevel.VILLAGE).hasSizeGreaterThan(20_000);
    }

    @Test
    void rowsThatOnlyRepeatTheirParentAreNotDivisionsOfTheirOwn() {
        List<Division> divisions = read("44", "35");
        assertThat(divisions).allMatch(d -> d.code().startsWith("44") || d.code().startsWith("35"));
        Map<String, Division> byCode = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        divisions.forEach(d -> {
            if (byCode.put(d.code(), d) != null) {
                duplicates.add(d.code());
            }
        });
        assertThat(duplicates).isEmpty();
        // 东莞市 has no counties: its townships hang directly under the city
        assertThat(byCode.get("441900000000").level()).isEqualTo(DivisionLevel.CITY);
        assertThat(divisions).filteredOn(d -> "441900000000".equals(d.parentCode()))
                .isNotEmpty().allMatch(d -> d.level() == DivisionLevel.TOWNSHIP);
        // 金门县 is listed again as its own township and village
        assertThat(byCode.get("350527000000").level()).isEqualTo(DivisionLevel.COUNTY);
    }
}
