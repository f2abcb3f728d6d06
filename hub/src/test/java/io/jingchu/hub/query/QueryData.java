package io.jingchu.hub.query;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import java.nio.charset.StandardCharsets;

/** Small real datasets for the query tests, loaded through the same path publishers use. */
final class QueryData {

    static final FieldSpec[] ENTERPRISES = {
            new FieldSpec("credit_code", "统一社会信用代码", FieldType.STRING, null, false, false, true),
            new FieldSpec("name", "企业名称", FieldType.STRING, null, false, false),
            new FieldSpec("district", "所属区县", FieldType.STRING, null, true, false),
            new FieldSpec("capital", "注册资本", FieldType.DECIMAL, "万元", true, false),
            new FieldSpec("employees", "从业人数", FieldType.INTEGER, "人", true, false),
            new FieldSpec("founded", "成立日期", FieldType.DATE, null, true, false),
            new FieldSpec("active", "是否存续", FieldType.BOOLEAN, null, true, false)};

    /**
     * Twelve enterprises. Capital 100 three times and founding day 2020-01-15 twice make ties; names that a
     * spreadsheet would take for formulas; one name with a comma, one with quotes.
     */
    static final String ENTERPRISES_CSV = """
            统一社会信用代码,企业名称,所属区县,注册资本,从业人数,成立日期,是否存续
            C01,三峡物流有限公司,西陵区,500.5,32,2019-03-01,true
            C02,"茶业合作社, 有限",夷陵区,12,,2021-11-20,true
            C03,当阳建材有限公司,当阳市,,7,,false
            C04,=SUM(A1:A3),西陵区,100,10,2020-01-15,true
            C05,-5 号仓库,夷陵区,100,15,2020-01-15,false
            C06,@宜昌科技,伍家岗区,2500.75,120,2018-06-30,true
            C07,+86 通信服务部,西陵区,0.5,1,2022-02-28,true
            C08,宜昌Robot智造,伍家岗区,800,45,2017-09-09,true
            C09,"O'Brien 咖啡 \"\"店\"\"",西陵区,30,3,2023-05-05,
            C10,猇亭化工有限公司,猇亭区,3000,260,2010-10-10,true
            C11,点军农业合作社,点军区,55.25,9,2015-04-01,false
            C12,宜昌robot服务中心,西陵区,100,12,2016-12-12,true
            """;

    static final FieldSpec[] BUS_STOPS = {
            new FieldSpec("stop_id", "站点编号", FieldType.STRING, null, false, false, true),
            new FieldSpec("stop_name", "站点名称", FieldType.STRING, null, false, false),
            new FieldSpec("district", "所属区县", FieldType.STRING, null, true, false),
            new FieldSpec("lng", "经度", FieldType.DECIMAL, null, true, false),
            new FieldSpec("lat", "纬度", FieldType.DECIMAL, null, true, false)};

    static final String BUS_STOPS_CSV = """
            站点编号,站点名称,所属区县,经度,纬度
            S1,夷陵广场,西陵区,111.2865,30.6920
            S2,宜昌东站,伍家岗区,111.3621,30.6483
            S3,三峡大学,西陵区,111.3101,30.7202
            S4,未定位站点,点军区,,
            """;

    private QueryData() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
