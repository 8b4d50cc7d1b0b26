using System.Text;
using System.Text.Json;

namespace FineTune.Pipeline.Tests.Training.Emulator;

/// <summary>Small chat JSONL files for emulator and training tests.</summary>
internal static class TrainingData
{
    public static readonly string[] Capitals =
    [
        "France:Paris", "Germany:Berlin", "Italy:Rome", "Spain:Madrid", "Portugal:Lisbon", "Austria:Vienna",
        "Poland:Warsaw", "Greece:Athens", "Sweden:Stockholm", "Norway:Oslo", "Finland:Helsinki", "Ireland:Dublin",
    ];

    public static readonly string[] OtherCapitals = ["Denmark:Copenhagen", "Belgium:Brussels", "Netherlands:Amsterdam", "Hungary:Budapest"];

    /// <summary>Examples in the style of <see cref="Chat"/> on other countries: an eval set that does not overlap it.</summary>
    public static string Eval(int count = 3) => Lines(OtherCapitals.Take(count));

    /// <summary>One example per capital: "What is the capital of X?" → "The capital of X is Y."</summary>
    public static string Chat(int count = 12) => Lines(Capitals.Take(count));

    private static string Lines(IEnumerable<string> pairs)
    {
        var text = new StringBuilder();
        foreach (var pair in pairs)
        {
            var (country, city) = (pair.Split(':')[0], pair.Split(':')[1]);
            text.AppendLine(Line(("system", "You answer geography questions."), ("user", $"What is the capital of {country}?"), ("assistant", $"The capital of {country} is {city}.")));
        }

        return text.ToString();
    }

    public static string Line(params (string Role, string Content)[] messages) =>
        JsonSerializer.Serialize(new { messages = messages.Select(m => new { role = m.Role, content = m.Content }) });
}
