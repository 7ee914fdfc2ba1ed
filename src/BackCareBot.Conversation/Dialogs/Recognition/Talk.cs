namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>What a message says to steer the conversation (<c>dialogs/talk.yaml</c>); the ids are its keys.</summary>
public enum Talk
{
    None,
    Thanks,
    Acknowledge,
    Goodbye,
    WhoAreYou,
    Meanwhile,
    WhichProfessional,
    IsItSerious,
    RealPerson,
    WhereToGo,

    /// <summary>"no pain", "doesn't hurt, just stiff": said on its own, the stretches are fine.</summary>
    NoPain,

    /// <summary>"I don't want to bother them", "waste an ambulance": not a bother, what they are there for.</summary>
    NotABother,

    /// <summary>"I'm on my feet all day, does this apply to me?": the article is about sitting; what still applies.</summary>
    NotSitting,

    /// <summary>"ten years ago lol, all fine", right after a decision on a sign: the sign is long past.</summary>
    TookBack,

    /// <summary>"Kann ich auf Deutsch schreiben?", "answer in English please": which languages the bot reads and answers in.</summary>
    Language,

    /// <summary>"for how long, like weeks?": the article's experts make the stretches a habit, not a course.</summary>
    KeepGoing,

    /// <summary>"is standing all day better than sitting?": the article's one word on standing is a reader's tip.</summary>
    StandOrSit,

    /// <summary>"GP saw me, said it's muscular": checked and cleared; the decision is done with.</summary>
    ClearedByDoctor,
    NotSharpAnymore,

    /// <summary>After a decision: should I (or someone) drive there.</summary>
    Drive,

    /// <summary>After a decision: painkillers, ibuprofen, medicines.</summary>
    Medicine,

    /// <summary>"bit better actually", "feels better": glad, and how to keep it that way.</summary>
    FeelingBetter,

    /// <summary>"are the experts doctors?", "what's CSCS?": who the experts are.</summary>
    Credentials,

    /// <summary>"2017 is kinda old no?", "is it out of date?": when the article was written.</summary>
    ArticleAge,

    /// <summary>"what source do they cite?", "any studies?": the article's one reference.</summary>
    Citation,

    /// <summary>"why hip flexors tho?", "how does that help?": why the advice on screen helps.</summary>
    WhyThis,

    /// <summary>"she's got a bad disc", "I have a slipped disc": check with whoever treats it first.</summary>
    HasCondition,

    /// <summary>"my lower back keeps arching off the floor" in the dead bug: the sign to make it smaller.</summary>
    Arching,

    /// <summary>"repeat", "say that again": the routine's stretch, or the advice on screen, once more.</summary>
    Repeat,

    /// <summary>"is downward dog harder?", "child pose is better?": the two yoga poses compared.</summary>
    ComparePoses,

    /// <summary>"the ZestDesk guy's dad is a doctor, so it's legit?": a reader's product plug, not advice.</summary>
    ProductPlug,

    /// <summary>"tried the hip flexor one yesterday": how it went, and what next.</summary>
    TriedIt,

    /// <summary>"I've tried everything": heard, and the coach's advice for pain that stays.</summary>
    TriedEverything,

    /// <summary>"so is stretching bad?": not bad, only half the job, as the article's dead bug expert says.</summary>
    StretchingBad,

    /// <summary>"but the title says lower back stretches": why most of the article's experts work on the hips instead.</summary>
    TitleSays,

    /// <summary>"my chair has no lumbar support": a cushion or rolled towel, said to be a common tip.</summary>
    LumbarSupport,

    /// <summary>"I mostly work on the sofa with my laptop": what helps there.</summary>
    SofaLaptop,

    /// <summary>"is that sciatica?", "is it a slipped disc?": what it is, which the check is for.</summary>
    Diagnosis,

    /// <summary>"only the left leg, not both": one leg alone is not the emergency sign.</summary>
    OneLeg,

    /// <summary>"what did the article say about this kind of pain?": the coach's own answer to a reader.</summary>
    CoachSaid,

    /// <summary>"I've seen a physio, didn't help much": already checked, and what next.</summary>
    AlreadySeen,

    /// <summary>"useless", "that's not what I asked": the last answer missed; asked what they wanted, not told off.</summary>
    Complaint,

    /// <summary>"it's me again from yesterday", "back again": welcomed back and asked how the back is now.</summary>
    Returning,

    /// <summary>After a decision: help is on its way or here ("the ambulance is coming", "we're in A&amp;E now").</summary>
    HelpComing,

    /// <summary>"and if I'm still stiff after that?": the next move, moving often, and when stiffness needs a check.</summary>
    StillStiff,

    /// <summary>
    /// After a warning sign, what to do for the person while help comes ("should we help him sit up?", "can I move
    /// her?"): not moved unless in danger, kept comfortable, the call handler followed.
    /// </summary>
    FirstAid,

    /// <summary>
    /// After a warning sign: the person is already in hospital ("he's on a ward already, so he's being seen anyway?"):
    /// being there is not the same as the signs being known, so they are told to the team now.
    /// </summary>
    InHospitalAlready,

    /// <summary>"how often should I get up from my desk?", "how long should gaming sessions be before a break?".</summary>
    Breaks,

    /// <summary>"is it bad to sit so long?": yes, and why, in the article's words.</summary>
    SittingBad,

    /// <summary>"she's still in the first trimester so lying down is fine?": lying on the back in pregnancy.</summary>
    LyingPregnant,

    /// <summary>"and for the kids? my son is 12 and games all day": the article's basics for a child who sits a lot.</summary>
    ForKids,

    /// <summary>"what should I ask HR for?": a workstation assessment and what it usually covers.</summary>
    AskWork,

    /// <summary>After a decision: what to tell the doctor, the physio or the 999 call handler.</summary>
    WhatToTell,

    /// <summary>After a decision: what to watch out for, when to worry more.</summary>
    WatchFor,

    /// <summary>After a decision that withholds exercises: when can I stretch again, so no stretches at all?</summary>
    StretchLater,

    /// <summary>After a decision: how to find a physio or a doctor, referral, insurance.</summary>
    FindHelp,

    /// <summary>After a decision: what if it is still there next week, what if it gets worse.</summary>
    IfItPersists,

    /// <summary>After a decision: what if it has gone by Friday, if it settles on its own, is the check still needed.</summary>
    IfItClears,

    /// <summary>"my colleague wants to try too": the stretches suit others stiff from sitting, with the coach's rule theirs too.</summary>
    OthersToo,

    /// <summary>"does stretching even do anything or is it placebo?": what the article's advice rests on, honestly.</summary>
    DoesItWork,

    /// <summary>"what if it turns sharp again mid stretch?": stop, and the coach's rule for sharp pain.</summary>
    IfItTurnsSharp,

    /// <summary>"ok I'll tell her": the person passes the decision on to the one it is for.</summary>
    WillTell,

    /// <summary>"who said that again?": the expert of the advice on screen, or where the advice comes from.</summary>
    WhoSaid,

    /// <summary>"should I just push through and finish?": not through pain.</summary>
    PushThrough,

    /// <summary>"my physio told me different exercises, who do I listen to?": the professional who examined them.</summary>
    OwnProfessional,

    /// <summary>"what about at red lights?": never while driving; parked or at a rest stop instead.</summary>
    WhileDriving,

    /// <summary>"it mentions another article with 7 yoga poses": this article names two and points elsewhere.</summary>
    OtherArticle,

    /// <summary>"what is cauda equina?": what the emergency the warning signs point at is.</summary>
    CaudaEquina,

    /// <summary>After crisis lines: "can I text instead?". Answered only there (crisisFollowUps).</summary>
    TextInstead,

    /// <summary>After crisis lines: "I don't want to call anyone". Answered only there (crisisFollowUps).</summary>
    NoCall,

    /// <summary>After crisis lines: "will they send police if I call?". Answered only there (crisisFollowUps).</summary>
    PoliceWorry,

    /// <summary>After crisis lines: "can we talk about my back now, something normal". Answered only there (crisisFollowUps).</summary>
    BackTalk,

    /// <summary>Where the advice comes from, who wrote it, are they doctors.</summary>
    Source,

    /// <summary>Which brand, where to buy one.</summary>
    Buy,

    /// <summary>A back brace, a support belt, a corset.</summary>
    Brace,

    /// <summary>What NHS 111 is.</summary>
    WhatIs111,

    /// <summary>"what will the doctor do?", "do I need a scan?"</summary>
    DoctorVisit,

    /// <summary>"should I stay in bed?"</summary>
    BedRest,

    /// <summary>"heat or ice?"</summary>
    HeatOrIce,

    /// <summary>"which one is best?", "if I only do one?", "what's quickest?"</summary>
    BestOne,

    /// <summary>"what do you keep about me?", "is this going to my manager?"</summary>
    Privacy,

    /// <summary>"who can see it? my employer?": who sees the chat, apart from what is kept.</summary>
    WhoSees,

    /// <summary>"how quick will it work?"</summary>
    HowSoon,

    /// <summary>"anything I can do sitting down?", "can I do it at my desk?"</summary>
    AtDesk,

    /// <summary>"why do you need to know?", "really? for a bit of ache?" about the pain question.</summary>
    WhyAsking,

    /// <summary>A mattress, a pillow, shoes: what the article does not cover.</summary>
    NotCovered,

    /// <summary>Sick notes, time off, whether to keep working.</summary>
    Work,

    /// <summary>"what time of day?", "before or after a run?", "right before bed?": when to do the stretches.</summary>
    WhenToDo,

    /// <summary>"can you book me a physio?", "remind me", "share this": what a chatbot cannot do.</summary>
    BotLimits,

    /// <summary>"what's the whole list?", "tldr": the article's five expert tips named in order.</summary>
    RoutineList,

    /// <summary>"I'm scared": reassurance that fits the decision.</summary>
    Scared,

    /// <summary>"how long does this last?": the usual course of back pain.</summary>
    HowLongLasts,

    /// <summary>Doubt about the decision: "it's probably nothing", "can it wait?", "she thinks baby's just sleeping".</summary>
    PushBack,

    /// <summary>After crisis lines: "I'm safe", "I'm not going to do anything", "just venting".</summary>
    SaysSafe,

    /// <summary>"maybe I'll text 988 tonight, thanks for listening", after the crisis lines: heard, lines kept close.</summary>
    ReachingOut,

    /// <summary>Start (or resume) the guided routine of the article's five expert tips.</summary>
    RoutineStart,

    /// <summary>"start again from the beginning", "from the top": the routine's first stretch, wherever it was.</summary>
    RoutineRestart,
    RoutineNext,
    RoutineSkip,
    RoutineStop,

    /// <summary>About the advice just shown: how long to hold it.</summary>
    HoldTime,

    /// <summary>About the advice just shown: how often.</summary>
    HowOften,

    /// <summary>About the advice just shown: how many rounds.</summary>
    HowMany,

    /// <summary>About the advice just shown: is it safe, will it hurt.</summary>
    IsItSafe,

    /// <summary>"does it matter which leg first?", "which knee goes down?": about the advice on screen.</summary>
    WhichSide,

    /// <summary>About the advice just shown: an easier version, or one without kneeling or getting on the floor.</summary>
    Easier,

    /// <summary>Is walking good: the coach's light activity.</summary>
    Walking,

    /// <summary>About the advice just shown: show me, is there a picture.</summary>
    ShowMe,

    /// <summary>About the advice just shown: is there a video (there is none; its picture is shown).</summary>
    Video,

    /// <summary>"sorry im a bit flat today": a low day, met kindly, a person to talk to named.</summary>
    LowMood,

    /// <summary>"go back to the one before" within the guided routine.</summary>
    RoutineBack,

    /// <summary>"do I need any equipment?", "a kettlebell?": what the article's moves need.</summary>
    Equipment,

    /// <summary>"how long will all that take": the routine's time, which the article does not give.</summary>
    RoutineTime,

    /// <summary>"what counts as sharp?": what the coach means by sharp, not a report of sharp pain.</summary>
    WhatIsSharp,

    /// <summary>"sorry, didn't mean to dump that on you": no need to be sorry.</summary>
    Apology,

    /// <summary>"stretches without any equipment?": the article's moves, which need none.</summary>
    NoEquipment,

    /// <summary>"huh?", "please more simple, my English not so good": the advice on screen in a sentence.</summary>
    Simpler,

    /// <summary>"it clicks when I twist", "cracking your back": what the article says of it (nothing).</summary>
    Clicking,

    /// <summary>"what did the readers say in the comments?": the readers' tips, said to be readers'.</summary>
    ReaderTips,

    /// <summary>"so embarrassing": nothing to be embarrassed about, and the decision's route still.</summary>
    Embarrassed,

    /// <summary>"what's a hip flexor exactly?", "what is hamstring": what the word means, said of the advice it names.</summary>
    Define,

    /// <summary>"how do I make them harder?": the article's measure of progress for the advice on screen.</summary>
    Harder,

    /// <summary>"I've got a massage gun, same thing?": not in the article; the self-massage it does describe.</summary>
    MassageGun,

    /// <summary>"should I ask my midwife first?": yes, and what to do until then.</summary>
    AskFirst,

    /// <summary>"tell me a joke": one, on topic, and back to the back.</summary>
    Joke,
}
