package io.jingchu.hub.catalog.ckan;

import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_MARKET;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.YC_TRANSPORT;
import static io.jingchu.hub.catalog.ckan.ResourceBuilder.aResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Extra;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Package;
import org.junit.jupiter.api.Test;

class CkanPackagesTest {

    private final CkanPackages packages = new CkanPackages("https://data.yichang.gov.cn/");
    private final OrganizationDirectory organizations = OrganizationDirectory.load(
            new FakeIdentity(YC_TRANSPORT, YC_MARKET));

    @Test
    void nameIsTheCodeInLowerCaseWithOnlyCkanCharacters() {
        Package p = packages.toPackage(aResource().withCode("YC-Bus_2024.v2/线路").build(), organizations);

        assertThat(p.id()).isEqualTo("YC-Bus_2024.v2/线路");
        assertThat(p.name()).isEqualTo("yc-bus_2024-v2---").matches("[a-z0-9_-]+");
    }

    @Test
    void keywordsBecomeTagsWithoutBlanksOrDuplicates() {
        Package p = packages.toPackage(aResource().withKeywords("交通", " 公交 ", "", "交通").build(), organizations);

        assertThat(p.tags()).extracting(CkanDictionaries.Tag::name).containsExactly("交通", "公交");
        assertThat(p.numTags()).isEqualTo(2);
    }

    @Test
    void themeIsTheOnlyGroupNamedInLowerCaseAndTitledInChinese() {
        Package p = packages.toPackage(aResource().withTheme(Theme.MARKET_REGULATION).build(), organizations);

        assertThat(p.groups()).extracting(g -> g.name(), g -> g.title())
                .containsExactly(tuple("market_regulation", "市场监管"));
    }

    @Test
    void timestampsAreUtcWithMicrosecondsAndNoZone() {
        Package p = packages.toPackage(aResource().createdAt("2024-03-01T02:00:00Z")
                .updatedAt("2024-05-01T08:00:00.123456789Z").build(), organizations);

        assertThat(p.metadataCreated()).isEqualTo("2024-03-01T02:00:00.000000");
        assertThat(p.metadataModified()).isEqualTo("2024-05-01T08:00:00.123456");
    }

    @Test
    void organizationIsNamedByItsCode() {
        Package p = packages.toPackage(aResource().ownedBy(YC_MARKET).build(), organizations);

        assertThat(p.organization().name()).isEqualTo("yc-scjgj");
        assertThat(p.organization().title()).isEqualTo("宜昌市市场监督管理局");
        assertThat(p.ownerOrg()).isEqualTo("yc-scjgj");
    }

    @Test
    void anOrganizationIdentityDoesNotKnowIsNamedAfterItsId() {
        Package p = packages.toPackage(aResource().ownedBy(ResourceBuilder.XL_HEALTH).build(), organizations);

        assertThat(p.organization().name()).isEqualTo("id-3");
        assertThat(p.organization().title()).isEqualTo("西陵区卫生健康局");
    }

    @Test
    void ledgerAttributesAreExtrasSortedByKey() {
        Package p = packages.toPackage(aResource().withGrade(SecurityGrade.IMPORTANT).highQuality()
                .withOpening(OpeningAttribute.CONDITIONAL)
                .withSharing(SharingAttribute.CONDITIONAL, "仅限政务用途").build(), organizations);

        assertThat(p.extras()).extracting(Extra::key).isSorted().contains("security_grade", "opening_attribute",
                "sharing_attribute", "update_frequency", "division_code", "division_level", "high_quality");
        assertThat(p.extras()).contains(
                new Extra("security_grade", "IMPORTANT"),
                new Extra("high_quality", "true"),
                new Extra("opening_attribute", "CONDITIONAL"),
                new Extra("opening_conditions", "须签订数据使用协议"),
                new Extra("sharing_conditions", "仅限政务用途"),
                new Extra("update_frequency", "DAILY"),
                new Extra("division_code", "420500000000"),
                new Extra("division_level", "CITY"));
    }

    @Test
    void publishedOpenResourceIsActiveAndPublic() {
        Package p = packages.toPackage(aResource().build(), organizations);

        assertThat(p.state()).isEqualTo("active");
        assertThat(p.isPrivate()).isFalse();
        assertThat(p.type()).isEqualTo("dataset");
        assertThat(p.resources()).isEmpty();
        assertThat(p.numResources()).isZero();
        assertThat(p.licenseId()).isEqualTo("CC-BY-4.0");
        assertThat(p.maintainer()).isEqualTo("张敏");
        assertThat(p.maintainerEmail()).isEqualTo("data@jtj.yichang.gov.cn");
        assertThat(p.url()).isEqualTo("https://data.yichang.gov.cn/resources/" + p.id());
    }

    @Test
    void unpublishedOrClosedResourcesAreMarkedSo() {
        assertThat(packages.toPackage(aResource().withState(LifecycleState.SUBMITTED).build(), organizations))
                .extracting(Package::state, Package::isPrivate).containsExactly("draft", true);
        assertThat(packages.toPackage(aResource().withState(LifecycleState.RETIRED).build(), organizations))
                .extracting(Package::state, Package::isPrivate).containsExactly("deleted", true);
        assertThat(packages.toPackage(aResource().withOpening(OpeningAttribute.NONE).build(), organizations))
                .extracting(Package::state, Package::isPrivate).containsExactly("active", true);
    }
}
