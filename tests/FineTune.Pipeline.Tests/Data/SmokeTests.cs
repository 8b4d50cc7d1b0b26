namespace FineTune.Pipeline.Tests.Data;

public sealed class SmokeTests
{
    [Fact]
    public void Valid_file_has_no_errors()
    {
        using var data = new TempDataset().Train(
            """{"messages":[{"role":"system","content":"You are helpful."},{"role":"user","content":"Hi there"},{"role":"assistant","content":"Hello! How can I help?"}]}""",
            """{"messages":[{"role":"user","content":"x"},{"role":"assistant","content":5}]}""",
            "[1,2]",
            """{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"sk-proj-abcdefGHIJKL1234567890mnopQRST"}]}""");
        var outcome = data.Validate();
        foreach (var d in outcome.Diagnostics)
        {
            Console.WriteLine(d);
        }

        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(outcome.Train));
        Assert.Equal(3, outcome.Train.Examples);
    }
}
