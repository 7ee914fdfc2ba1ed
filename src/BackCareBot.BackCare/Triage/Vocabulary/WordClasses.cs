namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>Word classes the phrase lists refer to as <c>@name</c>, so a synonym is added in one place.</summary>
internal static class WordClasses
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pain"] = "pain|pains|pain's|painful|painfull|pian|hurt|hurts|hurting|hurted|hurtin|ache|aches|ached|aching|achy|achey|achin"
            + "|sore|soreness|agony|agonising|agonizing|excruciating|throb*|twinge|twinges|spasm|spasms|spasming|sciatica|discomfort",
        ["worse"] = "@pain|worse|worst|kills|killing|sharp|stabbing|shoots|shooting|unbearable",
        ["numb"] = "numb|numbness|numbed|numbing|tingl*|pins|needles",
        ["legs"] = "legs|feet|thighs|calves",
        ["leg"] = "leg|foot|ankle|calf|thigh|toes|knee",
        ["saddle"] = "groin|genitals|genital|genitalia|crotch|perineum|perineal|taint|buttocks|buttock|bum|butt|backside"
            + "|privates|private|anus|anal|vagina|vaginal|vulva|labia|penis|scrotum|testicles|saddle|arse|ass|rectum|rectal|nether",
        ["cant"] = "cannot|can't|cant|couldn't|couldnt|unable",
        ["loss"] = "@cant|lost|losing|lose|loss|no|not|trouble|difficulty|difficulties|problem|problems|issue|issues"
            + "|hard|harder|struggle|struggling|struggled|reduced|less|little|poor",
        ["pee"] = "pee|peeing|peed|wee|weeing|urinate|urinating|urination|urine|piss|pissing",
        ["poo"] = "poo|pooing|pooping|poop|poos|stool|stools|faeces|feces|bowel|bowels",
        ["pants"] = "myself|pants|trousers|knickers|underwear|bed",
        ["family"] = "mum|mom|mother|mam|dad|father|brother|sister|aunt|auntie|uncle|grandma|grandmother|gran|nan|nana|granny"
            + "|grandad|grandfather|grandpa|wife|husband|partner|friend|friends|family|cousin|son|daughter|he|she|they|his|her"
            + "|their|boyfriend|girlfriend|colleague",
        ["cancer"] = "cancer|cancers|tumour|tumor|tumours|tumors|malignancy|leukaemia|leukemia|lymphoma|myeloma|melanoma"
            + "|metastases|metastatic",
        ["units"] = "kg|kgs|kilos|lbs|pounds|percent|cm|minutes|mins|hours|days|weeks|months|times|degrees|mg|stone|inches"
            + "|feet|ft|reps|seconds",
    };
}
