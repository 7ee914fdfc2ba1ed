namespace BackCareBot.BackCare.Triage;

/// <summary>
/// The ids of the warning signs <see cref="PainFactExtractor"/> recognises. They are a contract: a decision's
/// reason is <c>red-flag:{id}</c> and reply entities carry it. Sources: clinical-triage-notes.md (NHS back-pain
/// advice, NHS trust cauda equina leaflets, NICE CKS red flags).
/// <code>
/// id                          level      what people say
/// saddle-numbness             emergency  numb between the legs / around the bum, groin, genitals; numb when wiping
/// bladder-control             emergency  can't pee, trouble peeing, wet myself, can't control my bladder, incontinence,
///                                        didn't make it to the toilet
/// bowel-control               emergency  pooed myself, can't control my bowels, soiled myself
/// both-legs                   emergency  numbness, tingling, weakness or pain in both legs; legs giving way; jelly legs
/// leg-weakness                emergency  sudden weakness, can't lift my foot, foot drop, can't walk properly
/// chest-pain                  emergency  chest pain, tight chest, pain in my chest, hurts to breathe, short of breath
/// major-trauma                emergency  fell off a ladder, fell down the stairs, car crash, hit by a car, bad fall
/// sexual-dysfunction          emergency  new erectile problems, numb during sex
/// fever                       urgent     fever, high temperature, chills, night sweats
/// weight-loss                 urgent     (unexplained) weight loss, lost a lot of weight
/// back-lump                   urgent     a lump, swelling on the back, change of shape
/// night-pain                  urgent     worse at night, wakes me up, doesn't ease when I rest or lie down
/// cough-sneeze-pain           urgent     hurts when I sneeze, cough or poo
/// upper-back-pain             urgent     pain between the shoulder blades, in the upper or mid back
/// cancer-history              urgent     I had cancer, history of cancer, chemotherapy
/// immunosuppression           urgent     immunosuppressed, weak immune system, HIV, transplant drugs
/// steroid-use                 urgent     steroids, prednisolone (not steroid injections or creams)
/// iv-drug-use                 urgent     injecting drugs, IV drugs, heroin
/// minor-trauma-osteoporosis   urgent     osteoporosis or brittle bones together with a fall, slip, knock or lift
/// age-new-onset               urgent     over 50 ("I'm 60") together with new pain (started recently, or up to 6 weeks)
/// </code>
/// </summary>
public static class WarningSignIds
{
    public const string SaddleNumbness = "saddle-numbness";
    public const string BladderControl = "bladder-control";
    public const string BowelControl = "bowel-control";
    public const string BothLegs = "both-legs";
    public const string LegWeakness = "leg-weakness";
    public const string ChestPain = "chest-pain";
    public const string MajorTrauma = "major-trauma";
    public const string SexualDysfunction = "sexual-dysfunction";
    public const string Fever = "fever";
    public const string WeightLoss = "weight-loss";
    public const string BackLump = "back-lump";
    public const string NightPain = "night-pain";
    public const string CoughSneezePain = "cough-sneeze-pain";
    public const string UpperBackPain = "upper-back-pain";
    public const string CancerHistory = "cancer-history";
    public const string Immunosuppression = "immunosuppression";
    public const string SteroidUse = "steroid-use";
    public const string IvDrugUse = "iv-drug-use";
    public const string MinorTraumaOsteoporosis = "minor-trauma-osteoporosis";
    public const string AgeNewOnset = "age-new-onset";

    /// <summary>Every id above: each needs reply wording, and the wording file is checked against this list.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SaddleNumbness, BladderControl, BowelControl, BothLegs, LegWeakness, ChestPain, MajorTrauma, SexualDysfunction,
        Fever, WeightLoss, BackLump, NightPain, CoughSneezePain, UpperBackPain, CancerHistory, Immunosuppression,
        SteroidUse, IvDrugUse, MinorTraumaOsteoporosis, AgeNewOnset,
    ];
}
