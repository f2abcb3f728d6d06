package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.DivisionLevel;
import io.jingchu.hub.region.RegionApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A small piece of Hubei's division tree in memory, for testing the catalog without the region module. */
class FakeRegions implements RegionApi {

    static final String HUBEI = "420000000000";
    static final String WUHAN = "420100000000";
    static final String YICHANG = "420500000000";
    static final String XILING = "420502000000";
    static final String WUJIAGANG = "420503000000";
    static final String XILING_STREET = "420502001000";
    static final String XILING_VILLAGE = "420502001001";
    static final String YIDU = "420581000000";

    private final Map<String, Division> divisions = new TreeMap<>();

    FakeRegions() {
        add(HUBEI, "湖北省", null);
        add(WUHAN, "武汉市", HUBEI);
        add(YICHANG, "宜昌市", HUBEI);
        add(XILING, "西陵区", YICHANG);
        add(WUJIAGANG, "伍家岗区", YICHANG);
        add(YIDU, "宜都市", YICHANG);
        add(XILING_STREET, "西陵街道", XILING);
        add(XILING_VILLAGE, "某社区", XILING_STREET);
    }

    private void add(String code, String name, String parent) {
        divisions.put(code, new Division(code, name, DivisionLevel.ofCode(code), parent));
    }

    @Override
    public Optional<Division> find(String code) {
        return Optional.ofNullable(divisions.get(code));
    }

    @Override
    public Division get(String code) {
        return find(code).orElseThrow(() -> DomainException.onField(ErrorCode.REGION_NOT_FOUND, "division", code));
    }

    @Override
    public List<Division> roots() {
        return divisions.values().stream().filter(d -> d.parentCode() == null).toList();
    }

    @Override
    public List<Division> children(String code) {
        return divisions.values().stream().filter(d -> code.equals(d.parentCode()))
                .sorted(Comparator.comparing(Division::code)).toList();
    }

    @Override
    public List<Division> ancestors(String code) {
        List<Division> out = new ArrayList<>();
        Division d = get(code);
        while (d.parentCode() != null) {
            d = get(d.parentCode());
            out.add(0, d);
        }
        return out;
    }

    @Override
    public List<Division> search(String query, int limit) {
        return divisions.values().stream().filter(d -> d.name().contains(query) || d.code().startsWith(query))
                .limit(limit).toList();
    }

    @Override
    public long count() {
        return divisions.size();
    }
}
