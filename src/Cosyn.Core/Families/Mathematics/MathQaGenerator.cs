using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;
using Cosyn.Quality.Checks;

namespace Cosyn.Families.Mathematics;

/// <summary>
/// QA for a math or geometry problem, from the typed problem: the asked-for answers, intermediate steps, given values
/// read off the problem or figure and their units (short answer), two multiple choice, a yes/no comparison, a summary
/// and an unanswerable question. Every explanation replays the worked steps that lead to its answer.
/// </summary>
public static class MathQaGenerator
{
    /// <summary>The unanswerable answer for a typeset problem.</summary>
    public const string ProblemNotAnswerable = "The problem does not provide this information.";

    /// <summary>The unanswerable answer for a figure.</summary>
    public const string FigureNotAnswerable = "The figure does not provide this information.";

    private static readonly string[] Unanswerable =
    [
        "Who wrote this problem?", "How many points is this problem worth on the test?", "How many minutes are students given for this problem?",
        "Which textbook chapter is this problem taken from?",
    ];

    /// <summary>Units a question may ask about, with the answer spelled as a word where a symbol would be ambiguous.</summary>
    public static string UnitAnswer(string unit) => unit switch { "°" => "degrees", "$" => "dollars", "%" => "percent", _ => unit };

    public static IReadOnlyList<QaPair> Generate(MathProblem problem, bool figure, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(random);
        var fraction = problem.Subject == MathSubjects.Probability;
        var steps = problem.Steps.ToList();
        var answers = problem.AnswerKeys.Select(problem.Get).ToList();
        var others = steps.Except(answers).ToList();
        random.Shuffle(others);

        // Multiple choice on two steps that are not asked as short answers when possible.
        var choiceTargets = others.Count >= 2 ? others.Take(2).ToList() : [.. others, .. answers.Skip(1)];
        choiceTargets = [.. choiceTargets.Take(2)];
        if (choiceTargets.Count < 2)
        {
            choiceTargets.Add(answers[0]);
        }

        var shorts = new List<QaPair>();
        foreach (var quantity in answers.Concat(others.Except(choiceTargets)).Concat(choiceTargets.Where(answers.Contains)))
        {
            shorts.Add(AskValue(problem, quantity, MathAnswers.PickForm(quantity.Value, fraction, random)));
        }

        var givens = problem.Givens.ToList();
        random.Shuffle(givens);
        foreach (var given in givens.Take(Math.Max(2, 5 - shorts.Count)))
        {
            shorts.Add(ReadGiven(given, figure));
        }

        var withUnit = givens.FirstOrDefault(g => g.Unit.Length > 0);
        if (withUnit is not null)
        {
            var where = figure ? "figure" : "problem";
            shorts.Add(new QaPair(
                $"In what unit is the {withUnit.Label} given?",
                $"The {where} gives the {withUnit.Label} as {MathFormat.WithUnit(withUnit.Value, withUnit.Unit)}, so the unit is {UnitAnswer(withUnit.Unit)}.",
                UnitAnswer(withUnit.Unit),
                QaTypes.ShortAnswer));
        }

        // Few givens and steps (dice, linear equations): the steps asked as multiple choice are asked plainly too.
        foreach (var extra in choiceTargets.Concat(steps).Distinct())
        {
            if (shorts.Select(q => q.Question).Distinct().Count() >= 5)
            {
                break;
            }

            shorts.Add(AskValue(problem, extra, MathAnswers.PickForm(extra.Value, fraction, random)));
        }

        var result = new List<QaPair>(shorts.DistinctBy(q => q.Question));
        foreach (var target in choiceTargets.Distinct())
        {
            var form = target.Value.IsRational ? MathAnswers.PickForm(target.Value, fraction, random) : MathAnswerForm.Exact;
            var asked = AskValue(problem, target, form);
            var question = new ChartQuestion(QaFamily.ShortAnswer, "math", asked, MathAnswers.Distractors(target.Value, form));
            result.Add(MultipleChoice.Convert(question, random).Typed);
        }

        result.Add(YesNo(problem, random));
        result.Add(Summary(problem));
        result.Add(new QaPair(random.Pick(Unanswerable), $"The {(figure ? "figure" : "problem")} shows only the mathematics: {Describe(problem)}. Nothing in it says this.", figure ? FigureNotAnswerable : ProblemNotAnswerable, QaTypes.Unanswerable));
        return result;
    }

    private static QaPair AskValue(MathProblem problem, MathQuantity quantity, MathAnswerForm form)
    {
        var answer = MathAnswers.Answer(quantity.Value, form);
        var steps = problem.Steps.TakeWhile(s => s != quantity).Append(quantity).Select(s => s.Work);
        var tail = form switch
        {
            MathAnswerForm.Rounded => $" Rounded to 2 decimal places: {answer}.",
            MathAnswerForm.Fraction => $" In lowest terms that is {answer}.",
            _ => string.Empty,
        };
        return new QaPair(MathAnswers.Stem(quantity.Label, form), string.Join(" ", steps) + tail, answer, QaTypes.ShortAnswer);
    }

    private static QaPair ReadGiven(MathQuantity given, bool figure)
    {
        var answer = given.Value.IsRational ? MathFormat.Number(given.Value) : given.Value.ToString();
        return figure
            ? new QaPair($"According to the figure, what is the {given.Label}?", $"The figure is labelled with the {given.Label}: {MathFormat.WithUnit(given.Value, given.Unit)}. So the answer is {answer}.", answer, QaTypes.ShortAnswer)
            : new QaPair($"According to the problem, what is the {given.Label}?", $"The problem states the {given.Label}: {MathFormat.WithUnit(given.Value, given.Unit)}. So the answer is {answer}.", answer, QaTypes.ShortAnswer);
    }

    private static QaPair YesNo(MathProblem problem, SeededRandom random)
    {
        var target = random.Pick(problem.Steps.ToList());
        var value = target.Value.ToDouble();
        var threshold = Math.Floor(value) + (random.Chance(0.5) ? 1 : 0);
        if (Math.Abs(threshold - value) < 1e-9)
        {
            threshold += 1;
        }

        var yes = value > threshold;
        var t = MathFormat.Whole((long)threshold);
        var shown = target.Value.IsRational ? MathFormat.Number(target.Value) : $"{target.Value} ≈ {MathFormat.Number(target.Value)}";
        return new QaPair(
            $"Is the {target.Label} greater than {t}?",
            $"{target.Work} The {target.Label} is {shown}, which is {(yes ? "greater" : "not greater")} than {t}.",
            yes ? "Yes" : "No",
            QaTypes.YesNo);
    }

    private static QaPair Summary(MathProblem problem)
    {
        var answers = problem.AnswerKeys.Select(problem.Get).Select(q => $"the {q.Label} is {MathFormat.WithUnit(q.Value, q.Unit)}");
        return new QaPair(
            "Summarize the problem and its solution.",
            "The summary restates what is given, what is asked, and the computed results from the worked steps.",
            $"This problem is a {problem.Subject} exercise, \"{problem.Title}\": {Describe(problem)}. Working step by step, {string.Join(", and ", answers)}.",
            QaTypes.Summary);
    }

    private static string Describe(MathProblem problem) =>
        "it gives the " + string.Join(", ", problem.Givens.Select(g => $"{g.Label} ({MathFormat.WithUnit(g.Value, g.Unit)})"));
}
