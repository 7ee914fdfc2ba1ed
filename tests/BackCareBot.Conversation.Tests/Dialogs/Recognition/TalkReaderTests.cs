using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.Tests.Support;

namespace BackCareBot.Conversation.Tests.Dialogs.Recognition;

/// <summary>talk.yaml: what people say to steer the conversation, and the quick replies the bot offers for it.</summary>
public sealed class TalkReaderTests
{
    private static TalkReader Reader => Content.Get<TalkReader>();

    [Theory]
    [InlineData("ok the ambulance is on its way", Talk.HelpComing)]
    [InlineData("they took him to hospital", Talk.HelpComing)]
    [InlineData("is that sciatica", Talk.Diagnosis)]
    [InlineData("only the left leg, not both", Talk.OneLeg)]
    [InlineData("what did the article guy say about this kind of pain", Talk.CoachSaid)]
    [InlineData("yeah ive seen a physio, didnt help much", Talk.AlreadySeen)]
    [InlineData("are the experts actual doctors?", Talk.Credentials)]
    [InlineData("2017 is kinda old no?", Talk.ArticleAge)]
    [InlineData("what source do they cite", Talk.Citation)]
    [InlineData("bit better actually", Talk.FeelingBetter)]
    [InlineData("my gf wants to do them too, she's got a bad disc", Talk.HasCondition)]
    [InlineData("never had cancer, never had back surgery, just sit a lot", Talk.None)]
    [InlineData("my lower back keeps arching off the floor", Talk.Arching)]
    [InlineData("why hip flexors tho", Talk.WhyThis)]
    [InlineData("useless lol", Talk.Complaint)]
    [InlineData("hi its me again from yesterday", Talk.Returning)]
    [InlineData("Repeat", Talk.Repeat)]
    [InlineData("is downward dog harder", Talk.ComparePoses)]
    [InlineData("tried the hip flexor one yesterday", Talk.TriedIt)]
    [InlineData("ive tried everything honestly", Talk.TriedEverything)]
    [InlineData("but the zestdesk guy said his dad is a doctor so its legit?", Talk.ProductPlug)]
    [InlineData("is stretching bad then? my mate said it weakens muscles", Talk.StretchingBad)]
    [InlineData("but the title literally says lower back stretches lol", Talk.TitleSays)]
    [InlineData("my chair has no lumbar support either", Talk.LumbarSupport)]
    [InlineData("tbh i mostly work on the sofa with my laptop", Talk.SofaLaptop)]
    [InlineData("ok", Talk.Acknowledge)]
    [InlineData("ok thanks", Talk.Thanks)]
    [InlineData("thanks, bye", Talk.Goodbye)]
    [InlineData("are you a real person?", Talk.WhoAreYou)]
    [InlineData("is it serious?", Talk.IsItSerious)]
    [InlineData("should I call 911 or go to urgent care?", Talk.WhereToGo)]
    [InlineData("it's not sharp anymore", Talk.NotSharpAnymore)]
    [InlineData("how long should i hold it", Talk.HoldTime)]
    [InlineData("each leg or total?", Talk.HoldTime)]
    [InlineData("i cant kneel, bad knees", Talk.Easier)]
    [InlineData("is there an easier version?", Talk.Easier)]
    [InlineData("is this a bot or a real person?", Talk.WhoAreYou)]
    [InlineData("what about walking?", Talk.Walking)]
    [InlineData("should I drive him there?", Talk.Drive)]
    [InlineData("can he take ibuprofen?", Talk.Medicine)]
    [InlineData("my knees hurt", Talk.None)]
    [InlineData("thx bot", Talk.Thanks)]
    [InlineData("u r great bye", Talk.Goodbye)]
    [InlineData("pause, phone call", Talk.RoutineStop)]
    [InlineData("im not ok", Talk.None)]
    [InlineData("what if its still there next week", Talk.IfItPersists)]
    [InlineData("who wrote this stuff", Talk.Source)]
    [InlineData("which brand", Talk.Buy)]
    [InlineData("should I wear a back brace?", Talk.Brace)]
    [InlineData("I can't get an appointment today", Talk.FindHelp)]
    [InlineData("where were we?", Talk.RoutineStart)]
    [InlineData("what's 111?", Talk.WhatIs111)]
    [InlineData("how long each time", Talk.HoldTime)]
    [InlineData("how long on each spot?", Talk.HoldTime)]
    [InlineData("what do i say to the GP", Talk.WhatToTell)]
    [InlineData("ok what should i watch out for", Talk.WatchFor)]
    [InlineData("so no stretches at all?", Talk.StretchLater)]
    [InlineData("fine how do i find a physio", Talk.FindHelp)]
    [InlineData("what's the capital of France", Talk.None)]
    [InlineData("ok so my back hurts", Talk.None)]
    public void Message_ReadsAsItsIntent(string message, Talk expected) => Assert.Equal(expected, Reader.Read(PhraseKey.Of(message)));

    /// <summary>Read as the dialog engine reads a message: its key, its words with politeness kept, and its question mark.</summary>
    private static Talk AsTheEngineReads(string message) =>
        Reader.Read(PhraseKey.Of(message), PhraseKey.Words(message), message.Contains('?', StringComparison.Ordinal));

    [Theory]
    // "a + b": both anywhere, in any order; "+ word": the word anywhere.
    [InlineData("are you a real doctor or an AI", Talk.WhoAreYou)]
    [InlineData("robot or human, you?", Talk.WhoAreYou)]
    [InlineData("what about acupuncture", Talk.NotCovered)]
    // Plurals meet their singular; texting shorthand is spelled out.
    [InlineData("do back belts help", Talk.Brace)]
    [InlineData("who are u", Talk.WhoAreYou)]
    // A phrase keeps its politeness inside a longer message ("great thanks" is not "great").
    [InlineData("great thanks, wish me luck with the boxes lol", Talk.Thanks)]
    // A message that opens with thanks and asks nothing is thanks, however long.
    [InlineData("thanks, off to check on him", Talk.Thanks)]
    [InlineData("thanks, but how often should I do it?", Talk.HowOften)]
    [InlineData("thanks, which one should I start with", Talk.BestOne)]
    public void Notation_ReachesPastWordOrderPluralsAndShorthand(string message, Talk expected) =>
        Assert.Equal(expected, AsTheEngineReads(message));

    [Theory]
    [InlineData("thanks, but is it serious")]
    [InlineData("cheers, what about the windmill")]
    public void ThanksFollowedByAQuestion_IsNotThanks(string message) =>
        Assert.NotEqual(Talk.Thanks, AsTheEngineReads(message));

    [Fact]
    public void DecisionQuickReplies_AreUnderstoodAsWhatTheyAsk()
    {
        var actions = Content.Wording.Actions;

        Assert.Equal(Talk.Meanwhile, Reader.Read(PhraseKey.Of(actions.Meanwhile)));
        Assert.Equal(Talk.WhichProfessional, Reader.Read(PhraseKey.Of(actions.WhichProfessional)));
        Assert.Equal(Talk.IsItSerious, Reader.Read(PhraseKey.Of(actions.IsItSerious)));
        Assert.Equal(Talk.WhereToGo, Reader.Read(PhraseKey.Of(actions.WhereToGo)));
    }

    [Fact]
    public void DurationQuickReplies_AnswerHowLong()
    {
        Assert.All(Content.Wording.Actions.DurationAnswers, answer =>
        {
            var decided = EngineConversation.Last("my back hurts", answer).Triage;
            Assert.True(decided is { Status: TriageStatus.Decided } || EngineConversation.Last("my back hurts", answer).State?.Asked == MissingPainFacts.Sharpness,
                $"'{answer}' does not answer how long");
        });
    }
}
