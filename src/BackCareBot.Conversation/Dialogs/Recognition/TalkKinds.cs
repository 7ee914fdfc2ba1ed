namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>
/// How each kind of talk is answered: on its own (small talk, questions with an answer of their own), ahead of a
/// topic word inside it, or only after a decision. Kept together because the wording must hold an answer for each
/// one answered on its own (<see cref="Wording.ReplyWordingValidator"/> checks it at startup).
/// </summary>
internal static class TalkKinds
{
    /// <summary>Answered on its own, with no decision needed: thanks, "ibuprofen ok?", "is it serious?"...</summary>
    public static bool IsSmallTalk(Talk talk) =>
        talk is Talk.Thanks or Talk.Acknowledge or Talk.Goodbye or Talk.Joke or Talk.WhoAreYou or Talk.Walking or Talk.Source or Talk.Buy or Talk.Brace or Talk.WhatIs111
            or Talk.WhatToTell or Talk.FindHelp or Talk.HasCondition or Talk.FeelingBetter or Talk.Complaint or Talk.Returning or Talk.BackTalk or Talk.Diagnosis or Talk.OneLeg
            or Talk.CoachSaid or Talk.AlreadySeen or Talk.Credentials or Talk.ArticleAge or Talk.Citation
            or Talk.Medicine or Talk.BedRest or Talk.HeatOrIce or Talk.BestOne or Talk.Privacy or Talk.WhoSees or Talk.HowSoon
            or Talk.IsItSerious or Talk.Meanwhile or Talk.NotCovered or Talk.Work or Talk.WhenToDo or Talk.Scared or Talk.HowLongLasts or Talk.LowMood or Talk.Apology or Talk.Clicking or Talk.RealPerson or Talk.Embarrassed or Talk.ReaderTips or Talk.WatchFor
            or Talk.WhereToGo or Talk.WhichProfessional or Talk.NoPain or Talk.ReachingOut or Talk.NotSitting or Talk.StandOrSit or Talk.KeepGoing or Talk.TookBack or Talk.Language or Talk.ClearedByDoctor or Talk.OthersToo or Talk.IfItTurnsSharp or Talk.CaudaEquina or Talk.PushThrough or Talk.OwnProfessional or Talk.WhileDriving or Talk.OtherArticle or Talk.Breaks or Talk.SittingBad or Talk.LyingPregnant or Talk.ForKids or Talk.AskWork or Talk.StillStiff;

    /// <summary>
    /// Questions with an answer of their own that a topic word inside them must not take over: "what about a back
    /// brace" is not the dead bug's bracing, "can I do it at my desk" is not the desk setup.
    /// </summary>
    public static bool OutranksAdvice(Talk talk) =>
        talk is Talk.NotSitting or Talk.StandOrSit or Talk.Brace or Talk.Medicine or Talk.BedRest or Talk.HeatOrIce or Talk.Privacy or Talk.WhoSees or Talk.HowSoon or Talk.AtDesk or Talk.WhatIs111
            or Talk.WhyAsking or Talk.BotLimits or Talk.RoutineList or Talk.Equipment or Talk.NoEquipment or Talk.RoutineTime or Talk.WhatIsSharp
            or Talk.Source or Talk.Credentials or Talk.ArticleAge or Talk.Citation or Talk.HasCondition or Talk.TitleSays or Talk.LumbarSupport
            or Talk.SofaLaptop or Talk.StretchingBad or Talk.DoesItWork or Talk.IfItTurnsSharp or Talk.PushThrough or Talk.OwnProfessional or Talk.WhileDriving or Talk.OtherArticle or Talk.TriedIt or Talk.TriedEverything or Talk.ProductPlug or Talk.ComparePoses or Talk.Breaks or Talk.SittingBad or Talk.LyingPregnant or Talk.ForKids or Talk.AskWork or Talk.MassageGun or Talk.AskFirst or Talk.StillStiff;

    /// <summary>Every kind the bot answers without a decision: each needs its answer in the wording.</summary>
    public static bool IsAnsweredOnItsOwn(Talk talk) => IsSmallTalk(talk) || OutranksAdvice(talk);

    /// <summary>Questions that follow a decision, answered from it ("where should I go?").</summary>
    public static bool IsAboutTheDecision(Talk talk) =>
        talk is Talk.Meanwhile or Talk.WhichProfessional or Talk.IsItSerious or Talk.RealPerson or Talk.WhereToGo or Talk.NotSharpAnymore or Talk.NotABother or Talk.NoPain
            or Talk.Drive or Talk.Medicine or Talk.Thanks or Talk.Acknowledge or Talk.Goodbye or Talk.WhoAreYou
            or Talk.TriedEverything or Talk.HasCondition or Talk.FeelingBetter or Talk.HelpComing or Talk.FirstAid or Talk.InHospitalAlready or Talk.Diagnosis or Talk.OneLeg or Talk.CoachSaid or Talk.AlreadySeen
            or Talk.WhatToTell or Talk.WatchFor or Talk.StretchLater or Talk.FindHelp or Talk.Walking or Talk.IfItPersists or Talk.IfItClears or Talk.IfItTurnsSharp or Talk.WillTell or Talk.CaudaEquina or Talk.PushThrough
            or Talk.Source or Talk.Credentials or Talk.ArticleAge or Talk.Citation or Talk.Buy or Talk.Brace or Talk.WhatIs111 or Talk.DoctorVisit or Talk.BedRest or Talk.HeatOrIce or Talk.Privacy or Talk.WhoSees
            or Talk.NotCovered or Talk.Work or Talk.PushBack or Talk.Scared or Talk.HowLongLasts or Talk.BotLimits or Talk.LowMood or Talk.Apology or Talk.WhatIsSharp or Talk.Clicking or Talk.Embarrassed or Talk.AskFirst;

    /// <summary>Answers worded for someone already sent to be seen: no answer before there is a decision.</summary>
    public static bool AssumesAReferral(Talk talk) =>
        talk is Talk.Meanwhile or Talk.NotABother or Talk.StretchLater or Talk.Drive or Talk.NotSharpAnymore or Talk.PushBack or Talk.HelpComing or Talk.FirstAid;
}
