using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Tests.Knowledge;
using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Tests.Text;

/// <summary>The glossary of dialogs/rules/glossary.yaml, as the bot reads messages with it.</summary>
public sealed class MessageGlossaryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private static MessageGlossary Glossary => RealBackCare.Get<MessageGlossary>();

    private static string Gloss(string text) => Glossary.Gloss(MessageNormalizer.Normalize(text)).Text;

    [Fact]
    public void A_message_in_English_comes_back_as_it_was()
    {
        var message = MessageNormalizer.Normalize("my lower back is stiff after sitting all day, what stretch helps?");

        Assert.Same(message, Glossary.Gloss(message));
    }

    [Theory]
    [InlineData("ho mal di schiena e tutte e due le gambe formicolano", "both legs tingle")]
    [InlineData("j'ai mal au bas du dos", "i have lower back pain")]
    [InlineData("Seit zwei Wochen", "since two weeks")]
    [InlineData("dor nas costas desde ontem", "back pain since yesterday")]
    [InlineData("kal se halka sa kamar dard hai", "since yesterday mild back pain hai")]
    [InlineData("Rückenschmerzen, nichts Stechendes", "isn't sharp")]
    [InlineData("belim tutuldu", "my lower back is stiff")]
    [InlineData("kamar dard 10 din se", "back pain 10 days")]
    [InlineData("ΠΟΝΑΕΙ Η ΜΕΣΗ ΜΟΥ", "my lower back hurts")]
    [InlineData("ponaei h mesh mou", "my lower back hurts")]
    [InlineData("כַּדּוּר מסאז׳ לגב", "massage ball back")]
    [InlineData("ובגב התחתון", "lower back")]
    [InlineData("болить поперек з учора", "lower back hurts since yesterday")]
    [InlineData("৫ দিন ধরে কোমরে ব্যথা", "5 days lower back pain")]
    public void Words_of_other_languages_are_read_as_English_the_longest_entry_first(string message, string expected) =>
        Assert.Contains(expected, Gloss(message), StringComparison.Ordinal);

    [Theory]
    [InlineData("je ne sens plus rien au niveau du périnée")]
    [InlineData("je ne sens plus rien au niveau du perinee")]
    public void Accents_are_optional(string message) =>
        Assert.Equal("i can't feel anything au niveau du perineum", Gloss(message));

    [Theory]
    [InlineData("أريد أن أنهي حياتي")]
    [InlineData("اريد ان انهي حياتي")]
    [InlineData("أُرِيدُ أَنْ أُنْهِيَ حَيَاتِي")]
    public void Arabic_hamza_and_short_vowels_are_optional(string message) =>
        Assert.Equal("i want to end my life", Gloss(message));

    [Theory]
    [InlineData("میں مرنا چاہتی ہوں")]
    [InlineData("ميں مرنا چاہتي ہوں")]
    public void The_Arabic_and_the_Persian_keyboards_yeh_and_kaf_are_one(string message) =>
        Assert.Equal("i want to die", Gloss(message));

    [Theory]
    [InlineData("तेज़ दर्द")]
    [InlineData("तेज दर्द")]
    public void The_Devanagari_nukta_is_optional(string message) =>
        Assert.Equal("sharp pain", Gloss(message));

    [Theory]
    [InlineData("ألم في الظهر منذ ٣ أسابيع", 21)]
    [InlineData("۳ هفته است کمرم درد میکنه", 21)]
    [InlineData("३ हफ्ते से कमर दर्द है", 21)]
    public void Arabic_Persian_and_Devanagari_digits_are_numbers(string message, int days)
    {
        var decision = RealBackCare.Get<BackCareDecider>().Decide(message, Now, ConversationContext.New);

        Assert.Equal(days, decision.Facts.Duration?.TotalDays);
    }

    [Theory]
    [InlineData("لا")]
    [InlineData("نہیں")]
    [InlineData("नहीं")]
    [InlineData("نه")]
    public void A_bare_no_in_another_language_answers_a_screening_question(string answer)
    {
        var decider = RealBackCare.Get<BackCareDecider>();
        var first = decider.Decide("my back hurts and i have some numbness", Now, ConversationContext.New);
        var context = new ConversationContext(first.Facts, first.Question, first.Reasks, first.Unanswered, first.Screening?.Id, first.Screened);

        var decision = decider.Decide(answer, Now, context);

        Assert.NotEqual(DecisionKind.Screening, decision.Kind);
    }

    [Fact]
    public void A_French_elision_is_read_through() =>
        Assert.Equal("i thought about hurt myself", Gloss("j'ai pensé à me faire du mal"));

    [Theory]
    [InlineData("LBP 3/52, no red flags", "lower back pain 3 weeks, no red flags")]
    [InlineData("back ache x 5/7", "back ache x 5 days")]
    [InlineData("sciatica 2/12", "sciatica 2 months")]
    [InlineData("LBP x2/12", "lower back pain x 2 months")]
    [InlineData("since 5/7 my back hurts", "since 5/7 my back hurts")]
    [InlineData("back pain 24/7", "back pain 24/7")]
    [InlineData("sore on 3/12/24", "sore on 3/12/24")]
    public void Clinical_fractions_are_lengths_of_time_but_dates_stay_dates(string message, string expected) =>
        Assert.Equal(expected, Gloss(message));

    [Theory]
    [InlineData("ich denke darüber nach, mir das Leben zu nehmen", TriageLevel.Emergency)]
    [InlineData("Tengo dolor de espalda y se me duermen las dos piernas, casi no puedo caminar", TriageLevel.Emergency)]
    [InlineData("ho mal di schiena da un mese", TriageLevel.Doctor)]
    [InlineData("boli mnie krzyż od miesiąca", TriageLevel.Doctor)]
    [InlineData("bol plecow i dretwieja mi obie nogi", TriageLevel.Emergency)]
    [InlineData("nie chcę już żyć", TriageLevel.Emergency)]
    [InlineData("rugpijn en ik voel niets tussen mijn benen", TriageLevel.Emergency)]
    [InlineData("ik wil niet meer leven", TriageLevel.Emergency)]
    [InlineData("bel ağrısı var ve iki bacağım uyuştu", TriageLevel.Emergency)]
    [InlineData("yaşamak istemiyorum", TriageLevel.Emergency)]
    [InlineData("mujhe ab marna hai", TriageLevel.Emergency)]
    [InlineData("کمر میں درد ہے اور دونوں ٹانگیں سن ہو گئیں", TriageLevel.Emergency)]
    [InlineData("me duele la espalda y tengo la zona entre las piernas adormecida", TriageLevel.Emergency)]
    [InlineData("tôi bị đau lưng dưới ba tuần rồi", TriageLevel.Doctor)]
    [InlineData("toi bi dau lung duoi ba tuan roi", TriageLevel.Doctor)]
    [InlineData("nataka kujiua", TriageLevel.Emergency)]
    [InlineData("mgongo unauma kwa wiki mbili sasa", TriageLevel.Doctor)]
    [InlineData("parang tinutusok ng kutsilyo yung lower back ko", TriageLevel.Doctor)]
    [InlineData("没发烧，两条腿都麻了", TriageLevel.Emergency)]
    [InlineData("腰痛が1ヶ月以上続いている", TriageLevel.Doctor)]
    [InlineData("我想死", TriageLevel.Emergency)]
    [InlineData("死にたい", TriageLevel.Emergency)]
    [InlineData("כואב לי הגב ויש לי נימול בין הרגליים", TriageLevel.Emergency)]
    [InlineData("כואב לי הגב כבר שלושה שבועות", TriageLevel.Doctor)]
    [InlineData("אני רוצה למות", TriageLevel.Emergency)]
    [InlineData("πονάει η μέση μου εδώ και τρεις εβδομάδες", TriageLevel.Doctor)]
    [InlineData("δεν μπορώ να ουρήσω από το πρωί", TriageLevel.Emergency)]
    [InlineData("thelo na pethano", TriageLevel.Emergency)]
    [InlineData("болить поперек вже три тижні", TriageLevel.Doctor)]
    [InlineData("німіють обидві ноги", TriageLevel.Emergency)]
    [InlineData("не хочу більше жити", TriageLevel.Emergency)]
    [InlineData("ضهري بيوجعني ومش قادر أعمل حمام من امبارح", TriageLevel.Emergency)]
    [InlineData("ظهري يعورني من أكثر من أسبوع", TriageLevel.Doctor)]
    [InlineData("بدي موت، ما عاد فيني اتحمل", TriageLevel.Emergency)]
    [InlineData("کمر میں چھری جیسا درد ہوتا ہے", TriageLevel.Doctor)]
    [InlineData("دو روزه کمرم درد میکنه و هر دو پام بی‌حس شده", TriageLevel.Emergency)]
    [InlineData("می‌خوام خودمو بکشم", TriageLevel.Emergency)]
    [InlineData("तीन हफ्ते से कमर में दर्द है", TriageLevel.Doctor)]
    [InlineData("पेशाब पर कंट्रोल नहीं रहा", TriageLevel.Emergency)]
    [InlineData("ขาชาทั้งสองข้าง ฉี่ไม่ออก", TriageLevel.Emergency)]
    [InlineData("ปวดหลังมา 3 อาทิตย์แล้ว", TriageLevel.Doctor)]
    [InlineData("ไม่อยากอยู่แล้ว", TriageLevel.Emergency)]
    [InlineData("দুই পা অবশ হয়ে গেছে", TriageLevel.Emergency)]
    [InlineData("৩ সপ্তাহ ধরে কোমরে ব্যথা", TriageLevel.Doctor)]
    [InlineData("komore byatha, prosrab korte parchi na", TriageLevel.Emergency)]
    [InlineData("ami ar bachte chai na", TriageLevel.Emergency)]
    [InlineData("ரெண்டு காலும் மரத்துப் போச்சு", TriageLevel.Emergency)]
    [InlineData("mudhugu vali 3 vaarama", TriageLevel.Doctor)]
    [InlineData("vaazha pidikkala", TriageLevel.Emergency)]
    public void The_rules_decide_on_the_glossed_message(string message, TriageLevel level)
    {
        var decision = RealBackCare.Get<BackCareDecider>().Decide(message, Now, ConversationContext.New);

        Assert.Equal(level, decision.Triage.Level);
    }

    [Theory]
    [InlineData("我儿子发烧了，我腰有点僵")]
    [InlineData("不疼，就是有点僵")]
    [InlineData("walang sakit, naninigas lang likod ko pag matagal nakaupo")]
    [InlineData("بخار نہیں ہے، سن پن بھی نہیں، بس کمر اکڑی ہوئی ہے")]
    [InlineData("جب بیٹھتا ہوں تب درد ہوتا ہے")]
    [InlineData("متت من الضحك")]
    [InlineData("ขำจะตาย ปวดหลังด้วย")]
    [InlineData("কাজের চাপে মরে যাচ্ছি")]
    [InlineData("sirichu sirichu sethutten")]
    public void Someone_else_s_sign_or_stiffness_without_pain_sends_no_one_to_a_doctor(string message)
    {
        var decision = RealBackCare.Get<BackCareDecider>().Decide(message, Now, ConversationContext.New);

        Assert.True(decision.Triage.Level is null or < TriageLevel.Doctor, $"{message}: {decision.Triage.Level}");
    }

    [Theory]
    [InlineData("כואב לי הגב ויש לי קצת נימול", "כן")]
    [InlineData("πονάει η μέση μου και έχω λίγο μούδιασμα", "ναι")]
    [InlineData("болить спина і трохи німіє", "так")]
    public void A_bare_yes_in_another_language_answers_a_screening_question(string message, string yes)
    {
        var decider = RealBackCare.Get<BackCareDecider>();
        var asked = decider.Decide(message, Now, ConversationContext.New);
        Assert.Equal(DecisionKind.Screening, asked.Kind);

        var answered = decider.Decide(yes, Now, new ConversationContext(asked.Facts, asked.Question, asked.Reasks, asked.Unanswered, asked.Screening?.Id, asked.Screened));

        Assert.Equal(TriageLevel.Emergency, answered.Triage.Level);
    }

    [Theory]
    [InlineData("כואב לי הגב ויש לי קצת נימול", "לא")]
    [InlineData("πονάει η μέση μου και έχω λίγο μούδιασμα", "όχι")]
    [InlineData("болить спина і трохи німіє", "ні")]
    public void A_bare_no_in_another_language_rules_the_screening_question_out(string message, string no)
    {
        var decider = RealBackCare.Get<BackCareDecider>();
        var asked = decider.Decide(message, Now, ConversationContext.New);

        var answered = decider.Decide(no, Now, new ConversationContext(asked.Facts, asked.Question, asked.Reasks, asked.Unanswered, asked.Screening?.Id, asked.Screened));

        Assert.NotEqual(DecisionKind.Screening, answered.Kind);
        Assert.True(answered.Triage.Level is null or < TriageLevel.Urgent, $"{no}: {answered.Triage.Level}");
    }

    [Fact]
    public void Thai_is_read_a_character_at_a_time_and_a_digit_of_another_script_as_the_digit() =>
        Assert.Equal("back pain 3 days", Gloss("ปวดหลัง ๓ วัน").Replace("  ", " ", StringComparison.Ordinal).Trim());

    [Fact]
    public void Chinese_and_Japanese_are_read_a_character_at_a_time_with_their_punctuation() =>
        Assert.Equal("lower back pain が 1 months plus 続いている", Gloss("腰痛が1ヶ月以上続いている").Replace("  ", " ", StringComparison.Ordinal).Trim());
}
