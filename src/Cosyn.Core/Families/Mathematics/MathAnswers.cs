namespace Cosyn.Families.Mathematics;

/// <summary>Question stems and answer text for a value in each <see cref="MathAnswerForm"/>.</summary>
public static class MathAnswers
{
    /// <summary>The forms a value can honestly be asked in; one is picked at random.</summary>
    public static MathAnswerForm PickForm(ExactValue value, bool preferFraction, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!value.IsRational)
        {
            return random.Chance(0.5) ? MathAnswerForm.Exact : MathAnswerForm.Rounded;
        }

        if (value.Coefficient.IsDecimal(2))
        {
            return MathAnswerForm.Plain;
        }

        return preferFraction ? MathAnswerForm.Fraction : MathAnswerForm.Rounded;
    }

    public static string Stem(string label, MathAnswerForm form) => form switch
    {
        MathAnswerForm.Fraction => $"What is the {label} as a fraction in lowest terms?",
        MathAnswerForm.Rounded => $"What is the {label}, rounded to 2 decimal places?",
        MathAnswerForm.Exact => $"What is the exact {label}?",
        _ => $"What is the {label}?",
    };

    public static string Answer(ExactValue value, MathAnswerForm form) => form switch
    {
        MathAnswerForm.Fraction or MathAnswerForm.Exact => value.ToString(),
        _ => MathFormat.Number(value),
    };

    /// <summary>Plausible wrong answers of the same form: slips of a factor of two, an off-by-one, a forgotten step.</summary>
    public static List<string> Distractors(ExactValue value, MathAnswerForm form)
    {
        ExactValue[] wrong =
        [
            value.Times(2), value.Times(new Rational(1, 2)), value with { Coefficient = value.Coefficient + 1 },
            value with { Coefficient = value.Coefficient - 1 }, value.Times(-1), value with { Coefficient = value.Coefficient + 2 },
        ];
        var answer = Answer(value, form);
        return [.. wrong.Select(w => Answer(w, form)).Where(w => w != answer).Distinct()];
    }
}
