package io.jingchu.hub.demo;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.OpeningTerms;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Sensitivity;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.SharingTerms;
import io.jingchu.hub.catalog.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a realistic ledger: resources drawn from {@link DatasetTemplates} for each organization's
 * themes, with grades, sharing and opening attributes in plausible proportions that always satisfy the
 * ledger's rules, and a spread of lifecycle states. Deterministic for a given seed, so benchmarks and
 * demos are repeatable.
 */
public final class DemoLedger {

    /** An organization that will own generated resources. */
    public record Owner(long organizationId, String name, String divisionName, String areaCode, List<Theme> themes,
            int weight) {
    }

    private static final String[] YEARS = {"", "", "", "（2021年）", "（2022年）", "（2023年）", "（2024年）"};

    private final SplittableRandom random;

    public DemoLedger(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} resources spread over the owners in proportion to their weights. */
    public List<DemoResource> generate(List<Owner> owners, int count) {
        int totalWeight = owners.stream().mapToInt(Owner::weight).sum();
        List<DemoResource> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(totalWeight);
            Owner owner = owners.get(0);
            for (Owner o : owners) {
                pick -= o.weight();
                if (pick < 0) {
                    owner = o;
                    break;
                }
            }
            out.add(resource(owner));
        }
        return out;
    }

    private DemoResource resource(Owner owner) {
        List<DatasetTemplate> candidates = DatasetTemplates.forThemes(owner.themes());
        if (candidates.isEmpty()) {
            candidates = DatasetTemplates.ALL;
        }
        DatasetTemplate t = candidates.get(random.nextInt(candidates.size()));
        String title = owner.divisionName() + t.stem() + YEARS[random.nextInt(YEARS.length)];

        SecurityGrade grade = pickGrade(t);
        OpeningTerms opening = pickOpening(grade, t.holdsPersonalInformation());
        SharingTerms sharing = pickSharing(grade);
        Sensitivity sensitivity = switch (grade) {
            case GENERAL -> t.holdsPersonalInformation() ? Sensitivity.L3 : (random.nextBoolean() ? Sensitivity.L1 : Sensitivity.L2);
            case IMPORTANT -> Sensitivity.L3;
            case CORE -> Sensitivity.L4;
        };
        boolean highQuality = grade == SecurityGrade.GENERAL && opening.attribute() == OpeningAttribute.UNCONDITIONAL
                && random.nextInt(100) < 12;
        List<String> keywords = new ArrayList<>(t.keywords());
        keywords.add(owner.divisionName());

        String description = """
                本数据集由**%s**负责维护，汇集%s%s。

                - 更新频率：%s
                - 字段数：%d
                - 数据分级：%s
                """.formatted(owner.name(), owner.divisionName(), t.stem(), t.frequency().label(), t.fields().size(),
                grade.label());
        String licence = switch (opening.attribute()) {
            case UNCONDITIONAL -> "CC-BY-4.0";
            case CONDITIONAL -> "公共数据有条件开放使用协议";
            case NONE -> "不开放";
        };
        Contact contact = new Contact(owner.name() + "数据专员", owner.areaCode() + "-" + (6000000 + random.nextInt(999999)),
                "data" + owner.organizationId() + "@demo.jingchu.example");
        ResourceDraft draft = new ResourceDraft(null, title, description, owner.organizationId(), t.theme(), keywords,
                t.fields(), t.frequency(), licence, contact, grade, sensitivity, sharing, opening, highQuality);
        return new DemoResource(draft, pickState());
    }

    private SecurityGrade pickGrade(DatasetTemplate t) {
        int r = random.nextInt(100);
        if (t.holdsPersonalInformation()) {
            return r < 60 ? SecurityGrade.GENERAL : r < 95 ? SecurityGrade.IMPORTANT : SecurityGrade.CORE;
        }
        return r < 78 ? SecurityGrade.GENERAL : r < 96 ? SecurityGrade.IMPORTANT : SecurityGrade.CORE;
    }

    private OpeningTerms pickOpening(SecurityGrade grade, boolean personal) {
        int r = random.nextInt(100);
        if (grade == SecurityGrade.CORE) {
            return refuseOpening();
        }
        if (grade == SecurityGrade.IMPORTANT || personal) {
            return r < 55 ? conditionalOpening() : refuseOpening();
        }
        return r < 62 ? new OpeningTerms(OpeningAttribute.UNCONDITIONAL, null, null)
                : r < 87 ? conditionalOpening() : refuseOpening();
    }

    private SharingTerms pickSharing(SecurityGrade grade) {
        int r = random.nextInt(100);
        if (grade == SecurityGrade.CORE) {
            return r < 70 ? new SharingTerms(SharingAttribute.CONDITIONAL, "仅限经批准的政务部门在约定用途内使用", null)
                    : new SharingTerms(SharingAttribute.NONE, null, "涉及国家安全，依《数据安全法》第二十一条实行更加严格的管理制度");
        }
        return r < 62 ? new SharingTerms(SharingAttribute.UNCONDITIONAL, null, null)
                : r < 93 ? new SharingTerms(SharingAttribute.CONDITIONAL, "须通过共享平台申请并说明用途", null)
                : new SharingTerms(SharingAttribute.NONE, null, "依法律、行政法规规定不予共享");
    }

    private OpeningTerms conditionalOpening() {
        String[] conditions = {"须注册实名账号并签署数据使用协议", "仅限科研用途，须提交研究方案", "须说明用途并经数据提供部门审核同意"};
        return new OpeningTerms(OpeningAttribute.CONDITIONAL, conditions[random.nextInt(conditions.length)], null);
    }

    private OpeningTerms refuseOpening() {
        String[] bases = {"涉及个人信息，依《个人信息保护法》第十三条不予开放", "属于重要数据，依《数据安全法》第二十一条不予开放",
            "依《政府信息公开条例》第十四条不予开放"};
        return new OpeningTerms(OpeningAttribute.NONE, null, bases[random.nextInt(bases.length)]);
    }

    private LifecycleState pickState() {
        int r = random.nextInt(100);
        return r < 72 ? LifecycleState.PUBLISHED
                : r < 80 ? LifecycleState.DRAFT
                : r < 87 ? LifecycleState.SUBMITTED
                : r < 92 ? LifecycleState.REJECTED
                : LifecycleState.RETIRED;
    }
}
