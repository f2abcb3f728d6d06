package io.jingchu.hub.catalog.dcat;

import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import java.util.Optional;

/**
 * The EU Publications Office authority tables that DCAT-AP expects values from (frequency, access right, data
 * theme, file type, language), and how the hub's own enumerations map onto them.
 */
final class EuVocabularies {

    static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    static final String DATA_THEME_SCHEME = AUTHORITY + "data-theme";
    static final String JSON_FILE_TYPE = AUTHORITY + "file-type/JSON";
    static final String CHINESE = AUTHORITY + "language/ZHO";
    static final String JSON_MEDIA_TYPE = "https://www.iana.org/assignments/media-types/application/json";

    private EuVocabularies() {
    }

    static String frequency(UpdateFrequency frequency) {
        String code = switch (frequency) {
            case REAL_TIME -> "UPDATE_CONT";
            case DAILY -> "DAILY";
            case WEEKLY -> "WEEKLY";
            case MONTHLY -> "MONTHLY";
            case QUARTERLY -> "QUARTERLY";
            case SEMIANNUAL -> "ANNUAL_2";
            case ANNUAL -> "ANNUAL";
            case IRREGULAR -> "IRREG";
            case STATIC -> "NEVER";
        };
        return AUTHORITY + "frequency/" + code;
    }

    /** 无条件开放 is public, 有条件开放 restricted, 不予开放 non-public. */
    static String accessRights(OpeningAttribute opening) {
        String code = switch (opening) {
            case UNCONDITIONAL -> "PUBLIC";
            case CONDITIONAL -> "RESTRICTED";
            case NONE -> "NON_PUBLIC";
        };
        return AUTHORITY + "access-right/" + code;
    }

    /** The EU data theme a hub theme plainly falls under; themes without an obvious match have none. */
    static Optional<DataTheme> dataTheme(Theme theme) {
        DataTheme match = switch (theme) {
            case ECONOMY, FINANCE_TAX, INDUSTRY, COMMERCE -> DataTheme.ECON;
            case AGRICULTURE -> DataTheme.AGRI;
            case TRANSPORT -> DataTheme.TRAN;
            case EDUCATION, CULTURE_TOURISM -> DataTheme.EDUC;
            case HEALTH -> DataTheme.HEAL;
            case SOCIAL_SECURITY, SOCIAL_ASSISTANCE -> DataTheme.SOCI;
            case ENVIRONMENT, METEOROLOGY -> DataTheme.ENVI;
            case RESOURCES_ENERGY -> DataTheme.ENER;
            case URBAN_HOUSING -> DataTheme.REGI;
            case PUBLIC_SAFETY, LEGAL_SERVICES -> DataTheme.JUST;
            case GOVERNMENT -> DataTheme.GOVE;
            case MARKET_REGULATION, CREDIT, WORK_SAFETY, GEOSPATIAL, LIVING_SERVICES -> null;
        };
        return Optional.ofNullable(match);
    }

    /** The EU data themes the hub maps to, with their English labels. */
    enum DataTheme {
        AGRI("Agriculture, fisheries, forestry and food"),
        ECON("Economy and finance"),
        EDUC("Education, culture and sport"),
        ENER("Energy"),
        ENVI("Environment"),
        GOVE("Government and public sector"),
        HEAL("Health"),
        JUST("Justice, legal system and public safety"),
        REGI("Regions and cities"),
        SOCI("Population and society"),
        TRAN("Transport");

        private final String label;

        DataTheme(String label) {
            this.label = label;
        }

        String iri() {
            return DATA_THEME_SCHEME + "/" + name();
        }

        String label() {
            return label;
        }
    }
}
