namespace BackCareBot.BackCare.Text;

public enum YesNo
{
    Neither,
    Yes,
    No,
}
