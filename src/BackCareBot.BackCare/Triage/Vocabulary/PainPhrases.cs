namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>
/// How people say they are in pain, and the context words around it. Stiffness and tightness are deliberately
/// absent: "my back is stiff" is a stretching question, not pain.
/// </summary>
internal static class PainPhrases
{
    public static IReadOnlyList<string> Pain { get; } =
    [
        "pain|pains|pain's|painful|painfull|pian|ache|aches|ached|aching|achy|achey|achin|sore|soreness|throb*|twinge|twinges"
            + "|spasm|spasms|spasming|sciatica|discomfort|agony|agonising|agonizing|excruciating|paining !free",
        "!will|would|could|might|may|won't|wont hurt !free",
        "hurts|hurting|hurted|hurtin",
        "ouch|ow|oww|owww|ouchie|ouchy",
        "killing|killin|murdering me",
        "kills",
        "done|did my back in",
        "bad|dodgy|duff back",
        "put|threw|thrown|throw|puts|putting ..2 back out",
        "back went|locked|seized|gave",
        "slipped|herniated|bulging|prolapsed|ruptured ..2 disc|disk|discs|disks",
        "pulled|strained|tweaked|injured|jarred|wrenched|sprained|hurt ..2 back|muscle",
    ];

    /// <summary>Words that make a duration in the same message about symptoms, even without a pain word.</summary>
    public static IReadOnlyList<string> SymptomContext { get; } =
    [
        "symptom|symptoms|injury|injuries|injured|injure|strain|strained|sprain|sprained|pulled|tweaked|flare|flared"
            + "|flareup|numb|numbness|tingl*|weak|weakness|episode|attack|problem|problems|issue|issues",
    ];

    /// <summary>The pain is new (with age over 50, a warning sign).</summary>
    public static IReadOnlyList<string> NewOnset { get; } =
    [
        "started|starting|start|starts|began|begun|begin|new|newly|recent|recently|sudden|suddenly|today|yesterday",
        "first time",
        "never had|hurt|felt|experienced",
        "came|come|comes on",
        "out of nowhere",
        "out of the blue",
        "this week|morning",
        "last night|few",
        "woke|wake up with",
    ];

    /// <summary>A minor knock or strain: with osteoporosis, a warning sign of a fragility fracture.</summary>
    public static IReadOnlyList<string> MinorTrauma { get; } =
    [
        "fell|fall|fallen|falling|slipped|slip|tripped|trip|stumbled|bumped|knocked|banged|landed|lifted|lifting|lift"
            + "|twisted|coughed|sneezed|jolted|jarred|bent|bending",
        "sat down hard",
        "missed a step",
    ];
}
