namespace Cosyn.Tests.Rendering.Matplotlib;

/// <summary>The libraries model-written chart code habitually imports are there inside the sandbox, and draw.</summary>
public sealed class MatplotlibLibrariesTests(MatplotlibFixture fixture) : IClassFixture<MatplotlibFixture>
{
    public static TheoryData<string, string, string> Scripts => new()
    {
        {
            "seaborn",
            "import pandas as pd\nimport seaborn as sns\nimport matplotlib.pyplot as plt\n"
            + "df = pd.DataFrame({'Harbour': ['North', 'South', 'East'], 'Tonnes': [42, 17, 29]})\n"
            + "sns.set_theme(style='whitegrid')\nax = sns.barplot(data=df, x='Harbour', y='Tonnes')\nax.set_title('Catch by harbour')\n",
            "harbour"
        },
        {
            "scipy",
            "import numpy as np\nfrom scipy import stats\nimport matplotlib.pyplot as plt\n"
            + "x = np.linspace(-3, 3, 200)\nplt.plot(x, stats.norm.pdf(x))\nplt.title('Normal density')\n",
            "density"
        },
        {
            "networkx",
            "import networkx as nx\nimport matplotlib.pyplot as plt\n"
            + "g = nx.DiGraph([('Intake', 'Review'), ('Review', 'Approval')])\n"
            + "nx.draw_networkx(g, pos={'Intake': (0, 0), 'Review': (1, 0), 'Approval': (2, 0)}, node_size=3000, node_color='white')\nplt.title('Claim workflow')\n",
            "workflow"
        },
        {
            "statsmodels",
            "import numpy as np\nimport statsmodels.api as sm\nimport matplotlib.pyplot as plt\n"
            + "x = np.arange(10.0)\ny = 2 * x + 1\nfit = sm.OLS(y, sm.add_constant(x)).fit()\n"
            + "plt.plot(x, fit.predict(sm.add_constant(x)))\nplt.title(f'Slope {fit.params[1]:.1f}')\n",
            "slope"
        },
        {
            "matplotlib-venn",
            "from matplotlib_venn import venn2\nimport matplotlib.pyplot as plt\n"
            + "venn2(subsets=(30, 12, 8), set_labels=('Cyclists', 'Runners'))\nplt.title('Club members')\n",
            "runners"
        },
        {
            "sympy",
            "import sympy as sp\nimport numpy as np\nimport matplotlib.pyplot as plt\n"
            + "x = sp.symbols('x')\nf = sp.lambdify(x, sp.diff(x**3, x))\nxs = np.linspace(0, 2, 50)\nplt.plot(xs, f(xs))\nplt.title('Derivative curve')\n",
            "derivative"
        },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Render_ScriptUsingLibrary_DrawsItsTitle(string library, string code, string word)
    {
        var result = await fixture.RenderAsync(code, MatplotlibFixture.MemoryBound);

        Assert.True(result.Succeeded, $"{library}: {result.Failure?.Message}");
        Assert.Contains(word, (await Ocr.ReadAsync(result.Png!)).ToLowerInvariant(), StringComparison.Ordinal);
    }
}
