package io.jingchu.hub.demo;

import static io.jingchu.hub.catalog.FieldType.DATE;
import static io.jingchu.hub.catalog.FieldType.DECIMAL;
import static io.jingchu.hub.catalog.FieldType.INTEGER;
import static io.jingchu.hub.catalog.FieldType.STRING;
import static io.jingchu.hub.catalog.FieldType.TIMESTAMP;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The demo's open datasets: China's village-level divisions (real, from the National Bureau of Statistics'
 * 2023 codes) and four generated but realistic Yichang datasets — enterprise registrations, bus stops
 * with coordinates, hourly air quality and medical institutions. Generated rows are the same for a seed.
 */
public final class OpenDatasets {

    private OpenDatasets() {
    }

    public static List<OpenDataset> all(long seed) {
        return List.of(villages(), enterprises(seed), busStops(seed), airQuality(seed), hospitals(seed));
    }

    /** 全国村级行政区划: ≈620,000 villages and communities with the names of every level above them. */
    public static OpenDataset villages() {
        return new OpenDataset("hb-mzt-villages", "hb-mzt", "全国村级行政区划代码（2023年）",
                "国家统计局2023年统计用区划代码和城乡划分代码中的村级（居委会、村委会）单位，附所属乡、县、市、省名称。",
                Theme.GOVERNMENT, List.of("行政区划", "村", "社区", "统计用区划代码"), List.of(
                        field("code", "村级代码", STRING, null, false, true),
                        field("name", "村级名称", STRING, null, false, false),
                        field("township_code", "乡级代码", STRING, null, false, false),
                        field("township", "乡级名称", STRING, null, true, false),
                        field("county", "县级名称", STRING, null, true, false),
                        field("city", "地级名称", STRING, null, true, false),
                        field("province", "省级名称", STRING, null, true, false)),
                UpdateFrequency.ANNUAL, out -> {
                    Map<String, String> provinces = names("provinces", 0, 1);
                    Map<String, String> cities = names("cities", 0, 1);
                    Map<String, String> counties = names("areas", 0, 1);
                    Map<String, String> townships = names("streets", 0, 1);
                    try (CSVPrinter csv = printer(out, "村级代码", "村级名称", "乡级代码", "乡级名称", "县级名称", "地级名称",
                            "省级名称")) {
                        forEach("villages", r -> csv.printRecord(r.get(0), r.get(1), r.get(2), townships.get(r.get(2)),
                                counties.get(r.get(5)), cities.get(r.get(4)), provinces.get(r.get(3))));
                    }
                });
    }

    /** 企业登记信息: 20,000 registrations across Yichang's counties. */
    public static OpenDataset enterprises(long seed) {
        String[] industries = {"批发和零售业", "制造业", "建筑业", "租赁和商务服务业", "住宿和餐饮业", "交通运输、仓储和邮政业",
                "农、林、牧、渔业", "信息传输、软件和信息技术服务业", "科学研究和技术服务业", "居民服务、修理和其他服务业"};
        String[] forms = {"有限责任公司", "股份有限公司", "个人独资企业", "合伙企业", "农民专业合作社"};
        String[] words = {"三峡", "夷陵", "宜昌", "清江", "长阳", "秭归", "兴山", "远安", "当阳", "枝江", "宜都", "五峰", "鸿盛", "润达",
                "恒信", "华康", "天成", "峡江", "楚风", "金桥"};
        String[] trades = {"商贸", "建材", "物流", "茶业", "食品", "科技", "建筑工程", "农业开发", "餐饮管理", "机械制造", "文化传媒"};
        return new OpenDataset("yc-scjgj-enterprises", "yc-scjgj", "宜昌市企业登记信息",
                "宜昌市市场主体登记信息，包括统一社会信用代码、企业名称、类型、行业、注册资本、成立日期和所属区县。", Theme.MARKET_REGULATION,
                List.of("企业", "市场主体", "登记", "注册资本"), List.of(
                        field("credit_code", "统一社会信用代码", STRING, null, false, true),
                        field("name", "企业名称", STRING, null, false, false),
                        field("form", "企业类型", STRING, null, true, false),
                        field("industry", "所属行业", STRING, null, true, false),
                        field("capital", "注册资本", DECIMAL, "万元", true, false),
                        field("established", "成立日期", DATE, null, true, false),
                        field("county", "所属区县", STRING, null, true, false),
                        field("status", "登记状态", STRING, null, true, false)),
                UpdateFrequency.DAILY, out -> {
                    Random random = new Random(seed);
                    try (CSVPrinter csv = printer(out, "统一社会信用代码", "企业名称", "企业类型", "所属行业", "注册资本",
                            "成立日期", "所属区县", "登记状态")) {
                        for (int i = 0; i < 20_000; i++) {
                            String form = forms[weighted(random, 5)];
                            String name = words[random.nextInt(words.length)] + words[random.nextInt(words.length)]
                                    + trades[random.nextInt(trades.length)] + (form.endsWith("社") ? "专业合作社" : form);
                            csv.printRecord(creditCode(random, i), name, form, industries[random.nextInt(industries.length)],
                                    String.format(Locale.ROOT, "%.2f", Math.exp(random.nextGaussian() * 1.5 + 4)),
                                    LocalDate.of(1995, 1, 1).plusDays(random.nextInt(30 * 365)),
                                    YICHANG_COUNTIES[random.nextInt(YICHANG_COUNTIES.length)],
                                    random.nextInt(10) == 0 ? "注销" : "存续");
                        }
                    }
                });
    }

    /** 公交站点: about 2,000 stops with coordinates around Yichang's city centre. */
    public static OpenDataset busStops(long seed) {
        String[] roads = {"沿江大道", "东山大道", "夷陵大道", "城东大道", "发展大道", "港窑路", "西陵一路", "西陵二路", "胜利四路", "解放路",
                "珍珠路", "峡州路", "桔城路", "合益路", "西湖路", "大学路", "求索路", "隆康路", "柏临河路", "江城大道"};
        String[] marks = {"", "口", "北", "南", "东", "西", "中心", "小区", "医院", "学校", "广场", "公园"};
        return new OpenDataset("yc-jtysj-bus-stops", "yc-jtysj", "宜昌市公交站点",
                "宜昌市中心城区公交站点名称、途经线路及经纬度（WGS-84）。", Theme.TRANSPORT, List.of("公交", "站点", "经纬度", "出行"),
                List.of(field("stop_id", "站点编号", STRING, null, false, true),
                        field("stop_name", "站点名称", STRING, null, false, false),
                        field("lines", "途经线路", STRING, null, true, false),
                        field("district", "所在城区", STRING, null, true, false),
                        field("longitude", "经度", DECIMAL, "度", false, false),
                        field("latitude", "纬度", DECIMAL, "度", false, false)),
                UpdateFrequency.MONTHLY, out -> {
                    Random random = new Random(seed + 1);
                    String[] districts = {"西陵区", "伍家岗区", "点军区", "猇亭区", "夷陵区"};
                    try (CSVPrinter csv = printer(out, "站点编号", "站点名称", "途经线路", "所在城区", "经度", "纬度")) {
                        for (int i = 1; i <= 2_000; i++) {
                            StringBuilder lines = new StringBuilder();
                            int n = 1 + random.nextInt(4);
                            for (int k = 0; k < n; k++) {
                                lines.append(k == 0 ? "" : ";").append(1 + random.nextInt(120)).append("路");
                            }
                            csv.printRecord(String.format(Locale.ROOT, "YC%05d", i),
                                    roads[random.nextInt(roads.length)] + marks[random.nextInt(marks.length)] + "站",
                                    lines, districts[random.nextInt(districts.length)],
                                    String.format(Locale.ROOT, "%.6f", 111.29 + random.nextGaussian() * 0.06),
                                    String.format(Locale.ROOT, "%.6f", 30.70 + random.nextGaussian() * 0.04));
                        }
                    }
                });
    }

    /** 空气质量小时数据: eight monitoring stations, hourly, for 90 days. */
    public static OpenDataset airQuality(long seed) {
        String[] stations = {"宜昌市环境监测站", "夷陵区政府", "伍家岗区", "点军区", "猇亭区", "西陵区", "宜昌市一中", "白洋工业园"};
        return new OpenDataset("yc-sthjj-air-hourly", "yc-sthjj", "宜昌市环境空气质量小时数据",
                "宜昌市国控、省控空气质量监测站点逐小时监测数据：AQI、PM2.5、PM10、臭氧、二氧化氮及空气质量级别。", Theme.ENVIRONMENT,
                List.of("空气质量", "AQI", "PM2.5", "监测"), List.of(
                        field("station", "监测站点", STRING, null, false, true),
                        field("observed_at", "监测时间", TIMESTAMP, null, false, true),
                        field("aqi", "空气质量指数", INTEGER, null, true, false),
                        field("pm25", "细颗粒物", DECIMAL, "μg/m³", true, false),
                        field("pm10", "可吸入颗粒物", DECIMAL, "μg/m³", true, false),
                        field("o3", "臭氧", DECIMAL, "μg/m³", true, false),
                        field("no2", "二氧化氮", DECIMAL, "μg/m³", true, false),
                        field("level", "空气质量级别", STRING, null, true, false)),
                UpdateFrequency.REAL_TIME, out -> {
                    Random random = new Random(seed + 2);
                    LocalDateTime start = LocalDateTime.of(2026, 8, 1, 0, 0);
                    try (CSVPrinter csv = printer(out, "监测站点", "监测时间", "空气质量指数", "细颗粒物", "可吸入颗粒物", "臭氧", "二氧化氮",
                            "空气质量级别")) {
                        for (int h = 0; h < 90 * 24; h++) {
                            LocalDateTime at = start.plusHours(h);
                            double daily = 35 + 20 * Math.sin(h / 24.0 / 9) + 8 * Math.sin(h * Math.PI / 12);
                            for (String station : stations) {
                                double pm25 = Math.max(3, daily + random.nextGaussian() * 9);
                                int aqi = (int) Math.round(pm25 * 1.35 + random.nextGaussian() * 4);
                                csv.printRecord(station, at.toString().replace('T', ' ') + ":00", aqi,
                                        fixed(pm25), fixed(pm25 * 1.6 + random.nextGaussian() * 6),
                                        fixed(Math.max(5, 60 + 40 * Math.sin((h % 24 - 9) * Math.PI / 12)
                                                + random.nextGaussian() * 10)),
                                        fixed(Math.max(2, 25 + random.nextGaussian() * 8)), level(aqi));
                            }
                        }
                    }
                });
    }

    /** 医疗机构: about 300 hospitals and health centres with grade, beds and coordinates. */
    public static OpenDataset hospitals(long seed) {
        String[][] kinds = {{"中心医院", "三级甲等"}, {"人民医院", "二级甲等"}, {"中医医院", "二级甲等"}, {"妇幼保健院", "二级甲等"},
                {"卫生院", "一级甲等"}, {"社区卫生服务中心", "一级"}};
        return new OpenDataset("yc-wjw-hospitals", "yc-wjw", "宜昌市医疗机构名录",
                "宜昌市各级医疗机构名称、等级、类别、床位数、地址、咨询电话及经纬度。", Theme.HEALTH, List.of("医院", "卫生院", "医疗机构", "床位"),
                List.of(field("name", "机构名称", STRING, null, false, true),
                        field("grade", "机构等级", STRING, null, true, false),
                        field("county", "所属区县", STRING, null, true, false),
                        field("beds", "核定床位数", INTEGER, "张", true, false),
                        field("address", "地址", STRING, null, true, false),
                        field("phone", "咨询电话", STRING, null, true, false),
                        field("longitude", "经度", DECIMAL, "度", true, false),
                        field("latitude", "纬度", DECIMAL, "度", true, false)),
                UpdateFrequency.QUARTERLY, out -> {
                    Random random = new Random(seed + 3);
                    try (CSVPrinter csv = printer(out, "机构名称", "机构等级", "所属区县", "核定床位数", "地址", "咨询电话", "经度", "纬度")) {
                        for (int i = 0; i < 300; i++) {
                            String county = YICHANG_COUNTIES[i % YICHANG_COUNTIES.length];
                            String[] kind = kinds[Math.min(kinds.length - 1, weighted(random, kinds.length))];
                            String name = county.replaceAll("[区县市]$", "") + (kind[0].endsWith("院") && i >= 13
                                    ? "第" + (i / 13 + 1) + kind[0] : kind[0]);
                            csv.printRecord(name, kind[1], county, kind[1].startsWith("三") ? 1500 + random.nextInt(1500)
                                    : kind[1].startsWith("二") ? 200 + random.nextInt(600) : 10 + random.nextInt(90),
                                    county + "某某路" + (1 + random.nextInt(300)) + "号",
                                    String.format(Locale.ROOT, "0717-%07d", 6_000_000 + random.nextInt(1_000_000)),
                                    String.format(Locale.ROOT, "%.6f", 111.0 + random.nextDouble() * 0.9),
                                    String.format(Locale.ROOT, "%.6f", 30.3 + random.nextDouble() * 0.8));
                        }
                    }
                });
    }

    static final String[] YICHANG_COUNTIES = {"西陵区", "伍家岗区", "点军区", "猇亭区", "夷陵区", "远安县", "兴山县", "秭归县",
            "长阳土家族自治县", "五峰土家族自治县", "宜都市", "当阳市", "枝江市"};

    private static FieldSpec field(String name, String label, FieldType type, String unit, boolean nullable, boolean key) {
        return new FieldSpec(name, label, type, unit, nullable, false, key);
    }

    private static CSVPrinter printer(Writer out, String... header) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get().print(out);
    }

    /** A small index, more often low: for skewed categories. */
    private static int weighted(Random random, int n) {
        return Math.min(n - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * n / 3));
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String level(int aqi) {
        return aqi <= 50 ? "优" : aqi <= 100 ? "良" : aqi <= 150 ? "轻度污染" : aqi <= 200 ? "中度污染" : "重度污染";
    }

    /** 18 characters of the unified social credit code's form: registry, division, sequence, check. */
    private static String creditCode(Random random, int i) {
        return String.format(Locale.ROOT, "914205%02dMA%07d%c", random.nextInt(90), i,
                "0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(random.nextInt(31)));
    }

    private interface RecordAction {
        void accept(CSVRecord record) throws IOException;
    }

    private static void forEach(String file, RecordAction action) throws IOException {
        try (InputStream in = OpenDatasets.class.getResourceAsStream("/divisions/" + file + ".csv.gz")) {
            if (in == null) {
                throw new IOException("division data missing: " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8));
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                action.accept(r);
            }
        }
    }

    private static Map<String, String> names(String file, int code, int name) {
        Map<String, String> out = new HashMap<>();
        try {
            forEach(file, r -> out.put(r.get(code), r.get(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
