package io.jingchu.hub.catalog;

/**
 * 主题分类: the fixed list of public-data themes a resource is filed under, close to the groupings that
 * provincial open-data platforms use. The list is part of the API (docs/themes.md); a new theme is a new
 * release.
 */
public enum Theme {
    ECONOMY("经济建设"),
    FINANCE_TAX("财税金融"),
    INDUSTRY("工业制造"),
    AGRICULTURE("农业农村"),
    COMMERCE("商贸流通"),
    MARKET_REGULATION("市场监管"),
    CREDIT("信用服务"),
    TRANSPORT("交通出行"),
    EDUCATION("教育科技"),
    HEALTH("医疗卫生"),
    SOCIAL_SECURITY("社保就业"),
    SOCIAL_ASSISTANCE("社会救助"),
    CULTURE_TOURISM("文化旅游"),
    ENVIRONMENT("生态环境"),
    RESOURCES_ENERGY("资源能源"),
    URBAN_HOUSING("城建住房"),
    PUBLIC_SAFETY("公共安全"),
    WORK_SAFETY("安全生产"),
    LEGAL_SERVICES("法律服务"),
    METEOROLOGY("气象服务"),
    GEOSPATIAL("地理空间"),
    GOVERNMENT("机构团体"),
    LIVING_SERVICES("生活服务");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
