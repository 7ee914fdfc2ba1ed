namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>
/// Words for the character of the pain. Sharp covers the article's "sharp pain" and, as NHS advice sends very
/// severe pain to a doctor too, severity words. A negated sharp word ("not sharp", "no stabbing") means not sharp.
/// </summary>
internal static class SharpnessPhrases
{
    public static IReadOnlyList<string> Sharp { get; } =
    [
        "sharp|sharper|sharpest|sharply|sharpe|sharpish|sharpness|stab|stabs|stabbed|stabbing|stabbin|stabing|stabby|shooting|shoots|shooty|piercing|pierce|pierces|pierced|searing|sear|sears|lancing|jabbing",
        "knife|knives|kinfe|kinfes|knive|knifes|nife|knifelike|dagger|daggers|razor|razors",
        "electric|electrical|electricity|shock|shocks|zap|zaps|zapping|zinger|zingers|jolt|jolts|lightning",
        "shot down|through|up|into|across|along",
        "excruciating|unbearable|agony|agonising|agonizing|crippling|debilitating|horrendous",
        "severe|severely|intense|extreme|terrible|horrible|awful|worst|horrific ..3 @pain",
        "@pain ..3 severe|intense|extreme|terrible|horrible|awful|horrific",
        "#7-10 out|outta ..1 #10-10",
        "#7-10 #10-10",
        "really|very|so|extremely|super|seriously bad ..2 @pain",
        "@pain ..3 really|very|so|extremely|super|seriously bad",
        "@cant bear ..2 it|pain",
    ];

    public static IReadOnlyList<string> NotSharp { get; } =
    [
        "dull|dully|duller|dullish|aching|achy|achey|achin|ache|aches|ached|nagging|naggy|niggle|niggles|niggling|niggly|mild|mildly"
            + "|slight|tender|tenderness|bearable|manageable|tolerable",
        "bit|little|tad|slightly ..1 sore|tender|achy|painful|uncomfortable",
        "low grade|level",
        "not too|that|so|very ..1 bad",
        "not bad",
    ];
}
