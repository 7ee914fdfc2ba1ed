namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>
/// Warning signs that call for emergency care now: cauda equina syndrome (saddle numbness, bladder or bowel
/// changes, both legs, leg weakness), chest pain, major trauma. Phrases lean towards over-triage: a missed
/// emergency is the worst error this bot can make.
/// </summary>
internal static class EmergencySigns
{
    public static IReadOnlyList<WarningSignRule> Rules { get; } =
    [
        Sign(
            WarningSignIds.SaddleNumbness,
            "@numb ..4 @saddle",
            "@saddle ..4 @numb",
            "@numb ..4 my|your|the bottom !of",
            "my bottom ..4 @numb",
            "@numb ..4 between ..1 my|the|your legs",
            "@numb ..4 down there",
            "@cant ..1 feel ..3 between ..1 legs",
            "@cant ..1 feel ..3 @saddle|bottom|bits",
            "no|lost|losing|reduced|less|loss|altered|little|strange|weird|odd|funny|different|changed feeling|sensation|sensations"
                + " ..4 @saddle|bottom|between",
            "no|lost|losing|reduced|less|loss|altered|little|strange|weird|odd|funny|different feeling|sensation ..2 down there",
            "@saddle ..3 feels|feel|feeling|felt ..2 different|weird|strange|odd|funny|dead",
            "wipe|wiping|wiped ..5 numb|numbness|different|weird|strange|odd|nothing|@cant",
            "@numb|@cant ..3 feel|feeling ..5 wipe|wiping|wiped",
            "numb|numbness ..4 wipe|wiping|wiped",
            "saddle numbness|anaesthesia|anesthesia|area"),
        Sign(
            WarningSignIds.BladderControl,
            "@loss ..2 control* ..3 @pee|bladder|wee|wees|water",
            "@cant ..2 pee|peeing|wee|weeing|urinate|urinating|piss",
            "@cant ..2 pass|passing ..1 water|urine",
            "@cant ..3 empty|emptying ..2 bladder",
            "@cant|trouble|difficulty|struggling|struggle|hard ..2 hold|holding ..3 @pee|bladder|water",
            "trouble|difficulty|difficulties|problem|problems|issue|issues|struggling|struggle|hard|harder|straining|strain"
                + " ..3 @pee",
            "problem|problems|issue|issues|trouble|troubles|difficulty|difficulties|change|changes ..3 bladder",
            "peeing|pee|weeing|wee|urinating ..3 difficult|hard|trouble|problem|problems|issue|issues|weird|different|strange|numb",
            "wet|wetting|wetted|peed|pee'd|peeing|pissed|pissing|weed|wee'd|weeing|soaked ..2 @pants",
            "!bowel|faecal|fecal|anal|stool incontinen*",
            "leak|leaking|leaked|leaks|leakage|dribble|dribbling|dribbles ..3 @pee|bladder",
            "@pee|bladder ..3 leak|leaking|leaks|leakage|dribble|dribbling",
            "bladder ..3 control|problem|problems|issue|issues|trouble|troubles|dysfunction|weak|weird|different|strange|numb"
                + "|empty|emptying|retention",
            "urinary|urine retention|incontinence",
            "retaining|retention ..2 urine|water",
            "@cant ..2 feel|tell|sense|know ..3 need|needs ..2 pee|wee|urinate|go",
            "@cant ..1 feel ..3 pee|peeing|wee|weeing|urinate|urinating|urine|piss|pissing",
            "haven't|havent|hasn't|hasnt|not ..2 peed|urinated|pee'd|wee'd",
            "haven't|havent|hasn't|hasnt|not ..2 able ..2 pee|wee|urinate|peeing",
            "weak|slow|poor stream",
            "accident|accidents ..3 @pants",
            "@cant|didn't|didnt|not ..2 make ..1 it ..3 toilet|loo|bathroom|lavatory"),
        Sign(
            WarningSignIds.BowelControl,
            "pooed|pooped|pooing|pooping|soiled|soiling|shat|shit|messed|crapped ..2 @pants",
            "@loss ..2 control* ..3 @poo|bum|backside|anus|sphincter|farts|wind|rectum",
            "bowel|bowels ..3 control|problem|problems|issue|issues|trouble|troubles|incontinence|accident|accidents|leak"
                + "|leaking|leakage|weird|different|strange|numb|changes|change|habits",
            "problem|problems|issue|issues|trouble|troubles|difficulty|difficulties|change|changes ..3 bowel|bowels",
            "faecal|fecal|anal|bowel|stool incontinence|incontinent|leakage|leaking|soiling",
            "@cant|trouble|difficulty|struggling|struggle|hard ..2 hold|holding ..3 @poo|farts|fart|wind",
            "@cant ..2 feel|tell|sense|know ..3 need|needs ..2 poo|poop",
            "@cant ..1 feel ..3 poo|pooing|pooping|poop|stool",
            "leak|leaking|leaked|leaks ..3 poo|poop|stool|faeces|feces"),
        Sign(
            WarningSignIds.BothLegs,
            "@numb|weak|weakness|@pain ..3 both ..2 legs|feet|thighs|calves|leg|foot",
            "both ..2 legs|feet|thighs|calves|leg|foot ..4 @numb|weak|weakness|@pain|tingly|wobbly|jelly|useless|dead|giving|buckling",
            "legs|feet ..3 are|feel|feels|felt|went|go|goes|gone|going|keep|keeps|getting|got|get|turn|turning|turned|have|has|is"
                + " ..3 numb|tingly|tingling|weak|wobbly|jelly|floppy|useless|weaker|dead !bug|bugs",
            "numb|tingly|tingling|weak|wobbly|jelly|floppy|useless|dead legs|feet",
            "legs|feet ..1 numb|tingly|tingling|weak|weaker|wobbly|useless|dead !bug|bugs",
            "numbness|tingling|tingly|weakness|pins|needles|numb ..5 legs|feet|thighs|calves",
            "@cant ..2 feel|move my|both|either|the ..2 legs|feet",
            "no|lost|losing|reduced|less|little feeling|sensation|strength|power ..4 legs|feet",
            "legs|feet ..3 giving|give|gave|gives|given|keep|keeps ..2 way|out",
            "legs ..3 buckl*|collaps*|folded|fold|folding",
            "jelly ..2 legs",
            "legs ..4 jelly|jello"),
        Sign(
            WarningSignIds.LegWeakness,
            "sudden|suddenly ..4 weak|weakness|weaker",
            "weak|weakness|weaker ..4 leg|foot|ankle|knee|calf|thigh",
            "leg|foot|ankle|knee ..3 are|is|feels|feel|felt|went|goes|gone|going|keeps|getting|got|has ..3 weak|weaker|floppy"
                + "|useless|dead !bug|bugs",
            "leg|foot|knee|ankle ..3 giving|give|gave|gives|given|keeps ..2 way|out",
            "@cant ..2 lift|raise|point|flex|wiggle ..3 foot|toes|ankle",
            "@cant ..2 move ..3 leg|foot|toes",
            "foot drop",
            "drop|dropped|floppy foot",
            "foot ..2 dropping|drops|flops|flopping|slaps|slapping|drags|dragging",
            "dragging|drag|drags ..2 foot|leg",
            "tripping|trip|tripped ..2 over ..2 foot|feet|toes",
            "@cant ..2 walk ..2 properly|normally|straight|right|unaided|steady|steadily",
            "@cant ..2 stand ..2 unaided|steady|steadily",
            "@cant ..2 walk !far|for|long|much|very|too|as|without|more|up|around|fast|quickly|to|the|upstairs|downstairs",
            "walking|walk|walks ..2 funny|funnily|strangely|strange|oddly|weird|weirdly|wobbly|unsteady",
            "unsteady|wobbly ..3 feet|legs|walking|walk",
            "lost|losing|loss|no|reduced ..3 strength|power|control ..3 leg|foot"),
        Sign(
            WarningSignIds.ChestPain,
            "chest pain|pains|painful|hurts|hurting|ache|aches|aching|tightness|pressure|discomfort|heaviness",
            "chest is|feels|feel|felt|gets|keeps|has|been ..2 tight|painful|sore|hurting|heavy|aching|tightening",
            "pain|pains|tightness|pressure|ache|aching|discomfort|heaviness|squeezing|crushing|tight ..3 chest",
            "@pain|agony ..3 breathe|breathing|breath",
            "short|shortness ..1 of breath",
            "@cant ..2 breathe",
            "heart attack",
            "angina"),
        Sign(
            WarningSignIds.MajorTrauma,
            "fell|fallen|fall|falling|slipped|tumbled ..3 off|from|down ..3 ladder|ladders|roof|stairs|staircase"
                + "|steps|horse|bike|bicycle|motorbike|motorcycle|scaffold|scaffolding|height|tree|wall|balcony|building|cliff"
                + "|trampoline",
            "came|come|thrown ..1 off ..2 bike|bicycle|motorbike|motorcycle|horse|ladder|roof|scaffolding",
            "car|road|traffic|motorbike|motorcycle|bike|cycling|bicycle|ski|skiing|snowboarding|riding|rugby|football|sports|work"
                + "|workplace|industrial|rta ..1 accident|accidents|crash|crashes|collision|smash|pileup",
            "crashed|crash ..3 car|bike|motorbike|motorcycle|into",
            "hit|knocked|struck ..2 by ..2 car|bus|van|truck|lorry|vehicle|bike|cyclist|motorbike|motorcycle",
            "knocked ..2 off ..2 bike|motorbike|horse",
            "run|ran over by",
            "rear ended",
            "whiplash",
            "bad|serious|big|nasty|heavy|hard|huge|major|awful|terrible fall|fell",
            "fell|landed heavily|hard",
            "!by accident|accidents"),
        Sign(
            WarningSignIds.SexualDysfunction,
            "erectile|erection|erections|impotence|impotent",
            "@cant ..3 get|keep ..1 it up",
            "@cant ..3 get|stay|keep ..1 hard|erect",
            "@numb ..4 during|when|while|in ..3 sex|intercourse",
            "@cant ..3 feel|feeling ..4 during|when|while|in ..3 sex|intercourse",
            "no|less|reduced|lost ..2 feeling|sensation ..4 during|when|while|in ..3 sex|intercourse",
            "sex ..3 feels|feel|felt ..2 different|weird|numb|strange",
            "sexual ..2 dysfunction|problems|problem|issues|issue|function|sensation|numbness",
            "@cant ..2 orgasm|climax|ejaculate"),
    ];

    private static WarningSignRule Sign(string id, params string[] phrases) =>
        new(new WarningSign(id, TriageLevel.Emergency), phrases);
}
