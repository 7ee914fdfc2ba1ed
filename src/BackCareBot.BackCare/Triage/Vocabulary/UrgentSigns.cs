namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>
/// Warning signs that call for a doctor today (NHS "urgent GP appointment or 111"; NICE CKS red flags for
/// infection, cancer and fracture).
/// </summary>
internal static class UrgentSigns
{
    public static IReadOnlyList<WarningSignRule> Rules { get; } =
    [
        Sign(
            WarningSignIds.Fever,
            "fever|fevers|feverish|febrile|pyrexia|chills|rigors|rigours|shivering|shivers|shivery|sweats",
            "high|running|raised|got|have|had|with ..1 a ..1 temperature|temp",
            "high|raised ..1 temperature|temp",
            "temperature|temp ..3 #38-43",
            "temperature|temp ..3 #100-108",
            "#38-42 degrees|c|celsius|centigrade !outside|out|today",
            "sweating ..2 night|nights",
            "burning up",
            "flu like|ish|symptoms"),
        Sign(
            WarningSignIds.WeightLoss,
            "!for|about|with|help|helps|helped|diet|plan weight loss",
            "!for|about|with|help|helps|helped|diet|plan weightloss",
            "losing|lost|loosing|dropped|dropping|shed|shedding ..4 weight|kilos|kg|kgs|pounds|lbs|stone|pound",
            "weight ..2 dropping|dropped|falling|fallen|pouring|melting"),
        Sign(
            WarningSignIds.BackLump,
            "lump|lumps|lumpy",
            "swelling|swollen|bump|bumps|bulge|growth ..5 back|spine|spinal|vertebra|vertebrae",
            "back|spine ..4 swelling|swollen|swelled|bump|bumps|bulge",
            "change|changed|changing|changes ..3 shape|curve|curvature",
            "shape ..5 changed|changing|different|wrong|odd|weird|deformed",
            "deformity|deformed|deform|misshapen"),
        Sign(
            WarningSignIds.NightPain,
            "@worse ..3 at|during|in|through|overnight ..2 night|nights|bed|overnight|nighttime",
            "night|nighttime|overnight ..2 pain|pains|hurts|hurting|aches|aching|worse|worst",
            "wakes|woke|waking|wake|waken|wakens|woken|keeps|kept|keeping ..3 me ..2 up|night|nights|awake",
            "wake|waking|woke|woken|awake ..3 in|with|from|because|due ..3 @pain|agony",
            "@cant ..2 sleep ..5 @pain|because",
            "@pain ..5 @cant ..2 sleep",
            "doesn't|doesnt|won't|wont|never|not|didn't|isn't|isnt ..2 ease|eased|easing|settle|settles|settling|improve"
                + "|improves|better|away|subside|subsides|relieved ..5 rest|resting|rested|lie|lying|laying|lay|sleep|sleeping"
                + "|bed|position",
            "rest|resting|lying|laying|sleep|sleeping ..3 doesn't|doesnt|won't|wont|never|not|isn't|nothing ..2 help|helps"
                + "|helping|ease|eases|relieve|relieves|difference",
            "even ..3 rest|resting|rested|lying|laying|asleep|sleeping|bed|lie",
            "no position ..3 comfortable|helps|eases|comfy",
            "@pain ..3 all night"),
        Sign(
            WarningSignIds.CoughSneezePain,
            "@worse ..5 sneez*|cough*|pooing|pooping|strain|straining|poo|poop|toilet|bowel",
            "sneez*|cough*|pooing|pooping|straining ..4 @worse|agony"),
        Sign(
            WarningSignIds.UpperBackPain,
            "@pain|sharp|stabbing|agony ..5 upper|mid|middle|thoracic ..2 back|spine",
            "@pain|sharp|stabbing|agony ..5 top ..3 back",
            "@pain|sharp|stabbing|agony ..6 between ..3 shoulder|shoulders|shoulderblades|blades",
            "upper|mid|middle|thoracic ..2 back|spine ..4 @pain|sharp|stabbing|agony",
            "top ..3 back ..4 @pain|sharp|stabbing",
            "between ..3 shoulder|shoulders|blades|shoulderblades ..4 @pain|sharp|stabbing",
            "shoulder blades|blade ..4 @pain|sharp|stabbing",
            "it's|its|mostly|mainly|pain's ..2 upper|mid|middle back"),
        Sign(
            WarningSignIds.CancerHistory,
            "!family history ..2 @cancer",
            "cancer history|survivor",
            "!@family had|survived|beat|beaten|battled|battling|treated|fought|diagnosed|recovered ..4 @cancer",
            "!@family|could|might|may|do|does|worried|scared|afraid|if|whether|think|it|this have|has|got ..3 @cancer",
            "!@family chemo|chemotherapy|radiotherapy|oncologist|oncology|metastases|metastatic|secondaries",
            "in remission",
            "previous|past|prior|old ..1 @cancer"),
        Sign(
            WarningSignIds.Immunosuppression,
            "immunosuppress*|immunocompromised|immunodeficiency|immunodeficient|hiv|transplant|biologic|biologics|methotrexate"
                + "|azathioprine|tacrolimus|ciclosporin|cyclosporine|mycophenolate|infliximab|adalimumab|humira|rituximab",
            "immune ..3 weak|weakened|compromised|suppressed|low|poor|deficient|deficiency|suppressant|suppressants",
            "weak|weakened|compromised|suppressed|low|poor ..2 immune|immunity",
            "on ..1 chemo|chemotherapy"),
        Sign(
            WarningSignIds.SteroidUse,
            "steroid*|corticosteroid*|prednisolone|prednisone|dexamethasone|hydrocortisone|methylprednisolone|cortisone"
                + " !injection|injections|injected|shot|shots|jab|jabs|cream|creams|inhaler|inhalers|nasal|spray|epidural"),
        Sign(
            WarningSignIds.IvDrugUse,
            "iv|intravenous ..2 drug|drugs|user|users|use",
            "inject|injects|injecting|injected ..3 drugs|heroin|meth|cocaine|speed|myself",
            "heroin"),
        new(
            new WarningSign(WarningSignIds.MinorTraumaOsteoporosis, TriageLevel.Urgent),
            [
                "osteoporosis|osteoporotic|osteopenia|osteopaenia|osteopenic",
                "brittle|thin|thinning|weak|fragile|soft ..2 bones|bone",
                "low ..2 bone ..2 density|mass",
            ],
            SignCondition.MinorTrauma),
        new(
            new WarningSign(WarningSignIds.AgeNewOnset, TriageLevel.Urgent),
            [
                "i'm|im|am|aged|age|turned|turning ..1 #51-120 !@units",
                "#51-120 ..2 years|yrs|year|yr|y ..1 old|o",
                "in my ..1 fifties|sixties|seventies|eighties|nineties|50s|60s|70s|80s|90s",
                "i'm|im|am ..1 over|past #50-120 !@units",
                "i'm|im|am ..2 retired|elderly|pensioner|oap",
            ],
            SignCondition.NewPain),
    ];

    private static WarningSignRule Sign(string id, params string[] phrases) =>
        new(new WarningSign(id, TriageLevel.Urgent), phrases);
}
