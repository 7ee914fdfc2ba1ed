namespace BackCareBot.BackCare.Triage;

/// <summary>How urgently a person should get care. Ordered so that a larger value is more urgent.</summary>
public enum TriageLevel
{
    /// <summary>New, non-sharp pain: take it easy, keep moving, see a doctor if it lasts beyond a week.</summary>
    SelfCare = 1,

    /// <summary>The article's rule: book a primary care doctor or a physical therapist.</summary>
    Doctor = 2,

    /// <summary>See a doctor today.</summary>
    Urgent = 3,

    /// <summary>Call emergency services or go to the emergency department now.</summary>
    Emergency = 4,
}
