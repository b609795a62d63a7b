namespace Cosyn.Tests.Testing;

/// <summary>Small matplotlib scripts in the styles models write.</summary>
internal static class Charts
{
    public const string BarWithShow = """
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(6, 4))
        ax.bar(["Apples", "Pears", "Plums"], [12, 7, 9], color=["#4c72b0", "#dd8452", "#55a868"])
        ax.set_title("Fruit sold")
        ax.set_ylabel("Crates")
        plt.tight_layout()
        plt.show()
        """;

    public const string FigVariableOnly = """
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots()
        ax.plot([1, 2, 3], [3, 1, 2], marker="o")
        ax.set_title("Line")
        plt.close(fig)
        """;

    public const string SavefigIntoMissingDir = """
        import matplotlib.pyplot as plt
        import numpy as np
        data = np.random.rand(5)
        plt.pie(data, labels=list("ABCDE"))
        plt.savefig('out/chart.png', dpi=300)
        plt.close()
        """;

    public const string NoShowAtAll = """
        import matplotlib.pyplot as plt
        plt.scatter([1, 2, 3, 4], [4, 1, 3, 2])
        plt.title("Scatter")
        """;

    public const string Tiny = """
        import matplotlib.pyplot as plt
        plt.bar(["a", "b"], [1, 2])
        plt.show()
        """;
}
