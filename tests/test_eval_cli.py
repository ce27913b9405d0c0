"""`govcases eval` on a truth file made from the project's own pages (always runs)."""
import json

from support import FIXTURES, govcases

TRUTH = [
    {"id": "gbk", "file": "gbk-article.html", "url": None, "kind": "article", "encoding": "gb18030",
     "title": "潮州地税推出支付宝缴税服务", "published": "2016-04-13T09:30", "author": ["张三", "李四"],
     "source": "示例日报", "body": None, "must_include": ["第一笔通过支付宝缴纳的税款"], "must_exclude": ["版权所有"]},
    {"id": "lying", "file": "lying-charset.html", "url": None, "kind": "article", "encoding": "utf-8",
     "title": "武汉交警微信平台上线多项车驾管业务", "published": "2015-06-30", "author": ["王五"], "source": None,
     "body": "本报武汉6月30日电（记者王五）“武汉交警”微信平台本月正式上线，市民可以通过微信办理多种车驾管业务。",
     "must_include": [], "must_exclude": ["相关新闻"]},
    {"id": "list", "file": "list.html", "url": "https://news.example.org/list.html", "kind": "list", "encoding": "utf-8",
     "links": ["https://news.example.org/news/2016/04/a101.html", "https://news.example.org/news/2015/06/a102.html",
               "https://news.example.org/news/2016/11/a103.html"], "must_include": [], "must_exclude": []},
]


def write_truth(tmp_path):
    truth = tmp_path / "truth.jsonl"
    for page in TRUTH:
        target = tmp_path / page["file"]
        target.write_bytes((FIXTURES / "generic" / page["file"]).read_bytes())
    truth.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in TRUTH) + "\n", encoding="utf-8")
    return truth


def test_eval_report(tmp_path):
    result = govcases("eval", str(write_truth(tmp_path)), "--verbose", "--repeat", "1")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "pages: 2 articles, 1 lists" in out
    assert "list links: precision 1.000, recall 1.000, F1 1.000" in out
    assert "title exact                       1.000" in out
    assert "must_exclude present (count)          0" in out
    assert "gbk" in out and "median ms per page" in out and "speed ratio" in out


def test_eval_json(tmp_path):
    result = govcases("eval", str(write_truth(tmp_path)), "--json", "--repeat", "1", "--no-compare")
    data = json.loads(result.stdout)
    assert data["summary"]["govcases"]["author_where_truth_has_one"] == 1.0
    assert data["summary"]["govcases"]["body_f1"] > 0.5


def test_eval_missing_truth(tmp_path):
    result = govcases("eval", str(tmp_path / "none.jsonl"))
    assert result.returncode == 1 and "no such file" in result.stderr
