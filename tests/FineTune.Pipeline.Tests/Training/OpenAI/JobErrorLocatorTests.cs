using FineTune.Pipeline.Training;
using FineTune.Pipeline.Training.OpenAI;

namespace FineTune.Pipeline.Tests.Training.OpenAI;

public sealed class JobErrorLocatorTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public JobErrorLocatorTests() => File.WriteAllText(_file, "{}\n\n{}\n{}\n\n{}\n");

    public void Dispose() => File.Delete(_file);

    [Theory]
    [InlineData("Invalid file format. Example 3: missing 'messages' list.", 4)]
    [InlineData("Invalid file format. Example 4, message 2: bad role", 6)]
    [InlineData("Invalid file format. Line 3, key \"messages\": not a list", 3)]
    public void Example_numbers_count_non_empty_lines_and_line_numbers_are_kept(string message, int line)
    {
        var d = JobErrorLocator.Locate(new RemoteJobError("invalid_training_file", message, "training_file"), new TrainingInput(_file, "data/train.jsonl"), null);

        Assert.Equal(("data/train.jsonl", line, TrainingCodes.DataRejected), (d!.File, d.Line, d.Code));
    }

    [Fact]
    public void Lines_of_a_split_file_map_back_to_the_source_file()
    {
        var input = new TrainingInput(_file, "data/all.jsonl", [10, 11, 12, 13, 14, 15]);

        var d = JobErrorLocator.Locate(new RemoteJobError("invalid_training_file", "Example 2: bad", "training_file"), input, null);

        Assert.Equal(12, d!.Line);
    }

    [Fact]
    public void A_validation_file_error_points_at_the_validation_file_and_no_number_means_no_location()
    {
        var validation = new TrainingInput(_file, "data/eval.jsonl");

        var d = JobErrorLocator.Locate(new RemoteJobError("invalid_validation_file", "Example 1: bad", "validation_file"), new TrainingInput("x", "data/train.jsonl"), validation);
        var none = JobErrorLocator.Locate(new RemoteJobError("invalid_n_examples", "Training file has 3 example(s)", "training_file"), validation, null);

        Assert.Equal(("data/eval.jsonl", 1), (d!.File, d.Line));
        Assert.Null(none);
    }
}
