package io.jingchu.hub.demo;

import static io.jingchu.hub.catalog.Theme.*;

import io.jingchu.hub.catalog.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * Hubei's departments at province and city level (湖北省、武汉市、宜昌市、襄阳市), the organizations of the
 * demo ledger. Lower levels (county, township, village) are taken from the division tree at load time.
 */
public final class DemoOrganizations {

    private DemoOrganizations() {
    }

    static final String HUBEI = "420000000000";
    static final String WUHAN = "420100000000";
    static final String YICHANG = "420500000000";
    static final String XIANGYANG = "420600000000";

    /** The 40 province- and city-level departments. */
    public static List<DemoOrganization> provinceAndCity() {
        List<DemoOrganization> all = new ArrayList<>();
        add(all, "hb", "湖北省", HUBEI, new Object[][] {
                {"sjj", "数据局", List.of(GOVERNMENT, ECONOMY, GEOSPATIAL)},
                {"fgw", "发展和改革委员会", List.of(ECONOMY, CREDIT, RESOURCES_ENERGY)},
                {"jyt", "教育厅", List.of(EDUCATION)},
                {"kjt", "科学技术厅", List.of(EDUCATION, INDUSTRY)},
                {"gat", "公安厅", List.of(PUBLIC_SAFETY)},
                {"mzt", "民政厅", List.of(SOCIAL_ASSISTANCE, GOVERNMENT)},
                {"rst", "人力资源和社会保障厅", List.of(SOCIAL_SECURITY)},
                {"sthjt", "生态环境厅", List.of(ENVIRONMENT)},
                {"jtt", "交通运输厅", List.of(TRANSPORT)},
                {"nynct", "农业农村厅", List.of(AGRICULTURE)},
                {"wsjkw", "卫生健康委员会", List.of(HEALTH)},
                {"scjgj", "市场监督管理局", List.of(MARKET_REGULATION, CREDIT)},
                {"tjj", "统计局", List.of(ECONOMY, INDUSTRY)},
                {"qxj", "气象局", List.of(METEOROLOGY)},
        });
        add(all, "wh", "武汉市", WUHAN, new Object[][] {
                {"sjj", "数据局", List.of(GOVERNMENT, GEOSPATIAL)},
                {"jtj", "交通运输局", List.of(TRANSPORT)},
                {"scjgj", "市场监督管理局", List.of(MARKET_REGULATION, CREDIT)},
                {"wjw", "卫生健康委员会", List.of(HEALTH)},
                {"jyj", "教育局", List.of(EDUCATION)},
                {"zfcxjsj", "住房和城乡建设局", List.of(URBAN_HOUSING)},
                {"wlj", "文化和旅游局", List.of(CULTURE_TOURISM)},
                {"swj", "商务局", List.of(COMMERCE)},
        });
        add(all, "yc", "宜昌市", YICHANG, new Object[][] {
                {"sjj", "数据局", List.of(GOVERNMENT, GEOSPATIAL, LIVING_SERVICES)},
                {"jtysj", "交通运输局", List.of(TRANSPORT)},
                {"scjgj", "市场监督管理局", List.of(MARKET_REGULATION, CREDIT)},
                {"wjw", "卫生健康委员会", List.of(HEALTH)},
                {"jyj", "教育局", List.of(EDUCATION)},
                {"sthjj", "生态环境局", List.of(ENVIRONMENT)},
                {"mzj", "民政局", List.of(SOCIAL_ASSISTANCE, SOCIAL_SECURITY)},
                {"rsj", "人力资源和社会保障局", List.of(SOCIAL_SECURITY)},
                {"nyncj", "农业农村局", List.of(AGRICULTURE)},
                {"wlj", "文化和旅游局", List.of(CULTURE_TOURISM)},
                {"yjglj", "应急管理局", List.of(PUBLIC_SAFETY, WORK_SAFETY)},
                {"czj", "财政局", List.of(FINANCE_TAX)},
        });
        add(all, "xy", "襄阳市", XIANGYANG, new Object[][] {
                {"sjj", "数据局", List.of(GOVERNMENT)},
                {"jtysj", "交通运输局", List.of(TRANSPORT)},
                {"scjgj", "市场监督管理局", List.of(MARKET_REGULATION)},
                {"sfj", "司法局", List.of(LEGAL_SERVICES)},
                {"zfcxjsj", "住房和城乡建设局", List.of(URBAN_HOUSING)},
                {"jxj", "经济和信息化局", List.of(INDUSTRY, RESOURCES_ENERGY)},
        });
        return List.copyOf(all);
    }

    /** The themes a county, township or village body keeps. */
    public static final List<Theme> COUNTY_THEMES = List.of(GOVERNMENT, AGRICULTURE, EDUCATION, HEALTH, TRANSPORT,
            MARKET_REGULATION, SOCIAL_ASSISTANCE, CULTURE_TOURISM);
    public static final List<Theme> TOWNSHIP_THEMES = List.of(GOVERNMENT, AGRICULTURE, SOCIAL_ASSISTANCE, LIVING_SERVICES);
    public static final List<Theme> VILLAGE_THEMES = List.of(GOVERNMENT, AGRICULTURE);

    @SuppressWarnings("unchecked")
    private static void add(List<DemoOrganization> all, String prefix, String place, String division, Object[][] rows) {
        for (Object[] row : rows) {
            all.add(new DemoOrganization(prefix + "-" + row[0], place + row[1], division, (List<Theme>) row[2]));
        }
    }
}
