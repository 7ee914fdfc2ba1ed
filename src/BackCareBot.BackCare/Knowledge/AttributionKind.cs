namespace BackCareBot.BackCare.Knowledge;

/// <summary>Who stands behind a piece of advice: the difference matters to how much weight a user gives it.</summary>
public enum AttributionKind
{
    /// <summary>One of the article's experts, shown with their credentials.</summary>
    Expert,

    /// <summary>A reader's comment under the article: experience, not expert advice.</summary>
    ReaderTip,

    /// <summary>The article's own text (its introduction), with the source it cites.</summary>
    Article,
}
