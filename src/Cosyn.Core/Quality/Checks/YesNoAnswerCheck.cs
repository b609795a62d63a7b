namespace Cosyn.Quality.Checks;

/// <summary>A yes/no question is answered Yes or No.</summary>
public sealed class YesNoAnswerCheck : QaPairCheck
{
    public const string CheckName = "qa-yes-no";

    public override string Name => CheckName;

    protected override bool Applies(QaPair pair) => QaTypes.Of(pair) == QaTypes.YesNo;

    protected override string? Problem(QaPair pair) =>
        QaTypes.IsYesOrNo(pair.Answer) ? null : $"yes/no question answered '{Texts.Clip(pair.Answer)}'";
}
