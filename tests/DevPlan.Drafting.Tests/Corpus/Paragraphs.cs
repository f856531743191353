using DevPlan.Core.Drafting;
using DevPlan.Core.Periods;

namespace DevPlan.Drafting.Tests.Corpus;

/// <summary>
/// Real published paragraphs, each as retrieved from the address it names (news agencies' and
/// governments' reprints of the reports), with what a reader expects drafted from it, written by hand.
/// National government work reports of 2017 and 2022–2026 (and the reviews of 2015 and 2022), the
/// summaries of the 13th and 14th Five-Year Plan outlines in the work reports of 2016 and 2021, the
/// work reports of Guangdong, Jiangsu, Zhejiang, Shandong, Sichuan, Fujian, Beijing, Shanghai and Jinan
/// over 2008–2026, the Jinan High-tech Zone's 2024 conference, and the NBS releases of 2022 and 2023.
/// The findings are the clauses a reader sees the grammar leave out: prose, indicators outside the
/// catalogue (国际收支, 国民总收入, 财政赤字率…), figures that are bounds, and one garbled clause.
/// </summary>
internal static class Paragraphs
{
    public static readonly CorpusParagraph[] All =
    [
        new("JinanHtz2024", "济南高新区2024年工作动员大会召开（新闻报道）", "2024-02-23", "/work/shared/seeds/000_3a2dcf99a88f92c5.txt (the seed report)",
            "会议提出,2024年经济社会发展主要预期目标为:地区生产总值增长7%,规模以上工业增加值增长12%,服务业增加值增长6.5%,固定资产投资增长4%,社会消费品零售总额增长7%,进出口总额增长6%,实际使用外资7.7亿美元,一般公共预算收入增长7.5%。新增城镇就业1.65万人,完成能耗强度降低任务。")
        {
            Region = "济南高新区",
            Targets =
            [
                "gdp growthRate exactly 7%", "industrial-value-added growthRate exactly 12%", "services-value-added growthRate exactly 6.5%",
                "fixed-asset-investment growthRate exactly 4%", "retail-sales growthRate exactly 7%", "foreign-trade growthRate exactly 6%",
                "foreign-capital level exactly 7.7 10^8 USD", "budget-revenue growthRate exactly 7.5%", "new-urban-jobs level exactly 1.65 10^4 person",
                "energy-intensity completion binding",
            ],
            Findings = ["会议提出"],
        },
        new("JinanHtz2023Results", "济南高新区2024年工作动员大会召开（新闻报道）", "2024-02-23", "/work/shared/seeds/000_3a2dcf99a88f92c5.txt (the seed report)",
            "全力稳定经济运行,“三主”地位得到新彰显,全区地区生产总值达到1767.3亿元,同比增长7.3%,主要经济指标位居全市前列,经济运行稳中向好、量质齐升;")
        {
            Region = "济南高新区", Year = 2024,
            Results = ["gdp 2023 level 1767.3 10^8 CNY growth 7.3%"],
            Findings = ["全力稳定经济运行", "“三主”地位得到新彰显", "主要经济指标位居全市前列", "经济运行稳中向好、量质齐升"],
        },
        new("National2017", "2017年国务院《政府工作报告》（新华网）", "2017-03-05", "http://news.ifeng.com/a/20170305/50754096_0.shtml",
            "今年发展的主要预期目标是:国内生产总值增长6.5%左右,在实际工作中争取更好结果;居民消费价格涨幅3%左右;城镇新增就业1100万人以上,城镇登记失业率4.5%以内;进出口回稳向好,国际收支基本平衡;居民收入和经济增长基本同步;单位国内生产总值能耗下降3.4%以上,主要污染物排放量继续下降。")
        {
            Year = 2017,
            Targets =
            [
                "gdp growthRate about 6.5% \"在实际工作中争取更好结果\"", "cpi growthRate about 3%", "new-urban-jobs level atLeast 1100 10^4 person",
                "registered-unemployment level atMost 4.5%", "foreign-trade qualitative \"回稳向好\"", "disposable-income relative about 0% vs gdp",
                "energy-intensity reduction atLeast 3.4% binding", "major-pollutant-emissions qualitative binding \"继续下降\"",
            ],
            Findings = ["国际收支基本平衡"],
        },
        new("National2022", "2022年国务院《政府工作报告》（新华社）", "2022-03-05", "https://szhgh.com/Article/news/politics/2022-03-05/294188.html",
            "今年发展主要预期目标是:国内生产总值增长5.5%左右;城镇新增就业1100万人以上,城镇调查失业率全年控制在5.5%以内;居民消费价格涨幅3%左右;居民收入增长与经济增长基本同步;进出口保稳提质,国际收支基本平衡;粮食产量保持在1.3万亿斤以上;生态环境质量持续改善,主要污染物排放量继续下降;能耗强度目标在“十四五”规划期内统筹考核,并留有适当弹性,新增可再生能源和原料用能不纳入能源消费总量控制。")
        {
            Year = 2022,
            Targets =
            [
                "gdp growthRate about 5.5%", "new-urban-jobs level atLeast 1100 10^4 person", "unemployment level atMost 5.5%", "cpi growthRate about 3%",
                "disposable-income relative about 0% vs gdp", "foreign-trade qualitative \"保稳提质\"", "grain-output level atLeast 1.3 10^12 jin",
                "eco-environment-quality qualitative \"持续改善\"", "major-pollutant-emissions qualitative binding \"继续下降\"",
            ],
            Findings = ["国际收支基本平衡", "能耗强度目标在“十四五”规划期内统筹考核", "并留有适当弹性", "新增可再生能源和原料用能不纳入能源消费总量控制"],
        },
        new("National2023", "2023年国务院《政府工作报告》（卫星通讯社转载）", "2023-03-05", "https://sputniknews.cn/amp/20230305/1048431502.html",
            "今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人左右,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;居民收入增长与经济增长基本同步;进出口促稳提质,国际收支基本平衡;粮食产量保持在1.3万亿斤以上;单位国内生产总值能耗和主要污染物排放量继续下降,重点控制化石能源消费,生态环境质量稳定改善。")
        {
            Year = 2023,
            Targets =
            [
                "gdp growthRate about 5%", "new-urban-jobs level about 1200 10^4 person", "unemployment level about 5.5%", "cpi growthRate about 3%",
                "disposable-income relative about 0% vs gdp", "foreign-trade qualitative \"促稳提质\"", "grain-output level atLeast 1.3 10^12 jin",
                "energy-intensity qualitative binding \"继续下降\"", "major-pollutant-emissions qualitative binding \"继续下降\"", "eco-environment-quality qualitative \"稳定改善\"",
            ],
            Findings = ["国际收支基本平衡", "重点控制化石能源消费"],
        },
        new("National2022Review", "2023年国务院《政府工作报告》（新华网直播实录）", "2023-03-05",
            "http://www.sinqi.com/releaseCms/dynamicArticle.do?siteCode=SYXQ&logicId=167865480023059&selfSiteSiteId=157500721524214&columnLogicId=157582441658395&isWap=1&navigationSiteId=157585439258131",
            "全年国内生产总值增长3%,城镇新增就业1206万人,年末城镇调查失业率降到5.5%,居民消费价格上涨2%。货物进出口总额增长7.7%。财政赤字率控制在2.8%,中央财政收支符合预算、支出略有结余。国际收支保持平衡,人民币汇率在全球主要货币中表现相对稳健。粮食产量1.37万亿斤,增产74亿斤。生态环境质量持续改善。")
        {
            Year = 2023, Mode = DraftMode.Results,
            Results =
            [
                "gdp 2022 growth 3%", "new-urban-jobs 2022 level 1206 10^4 person", "unemployment 2022-M12 level 5.5%", "cpi 2022 growth 2%",
                "foreign-trade 2022 growth 7.7%", "grain-output 2022 level 1.37 10^12 jin",
            ],
            Findings = ["财政赤字率控制在2.8%", "中央财政收支符合预算、支出略有结余", "国际收支保持平衡", "人民币汇率在全球主要货币中表现相对稳健", "增产74亿斤", "生态环境质量持续改善"],
        },
        new("National2024", "2024年国务院《政府工作报告》（中新网）", "2024-03-05", "http://news.calyptus.net/test/snews.php?Qfyc=mu.html",
            "国务院总理李强5日在政府工作报告中提出,今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人以上,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;居民收入增长和经济增长同步;国际收支保持基本平衡;粮食产量1.3万亿斤以上;单位国内生产总值能耗降低2.5%左右,生态环境质量持续改善。")
        {
            Year = 2024,
            Targets =
            [
                "gdp growthRate about 5%", "new-urban-jobs level atLeast 1200 10^4 person", "unemployment level about 5.5%", "cpi growthRate about 3%",
                "disposable-income relative about 0% vs gdp", "grain-output level atLeast 1.3 10^12 jin", "energy-intensity reduction about 2.5% binding",
                "eco-environment-quality qualitative \"持续改善\"",
            ],
            Findings = ["国务院总理李强5日在政府工作报告中提出", "国际收支保持基本平衡"],
        },
        new("National2025", "2025年国务院《政府工作报告》", "2025-03-05", "https://agricoop.net/news/show.php?itemid=25089",
            "李强在政府工作报告中提出,今年发展主要预期目标是:国内生产总值增长5%左右;城镇调查失业率5.5%左右,城镇新增就业1200万人以上;居民消费价格涨幅2%左右;居民收入增长和经济增长同步;国际收支保持基本平衡;粮食产量1.4万亿斤左右;单位国内生产总值能耗降低3%左右,生态环境质量持续改善。")
        {
            Year = 2025,
            Targets =
            [
                "gdp growthRate about 5%", "unemployment level about 5.5%", "new-urban-jobs level atLeast 1200 10^4 person", "cpi growthRate about 2%",
                "disposable-income relative about 0% vs gdp", "grain-output level about 1.4 10^12 jin", "energy-intensity reduction about 3% binding",
                "eco-environment-quality qualitative \"持续改善\"",
            ],
            Findings = ["李强在政府工作报告中提出", "国际收支保持基本平衡"],
        },
        new("National2026", "2026年国务院《政府工作报告》（新华社）", "2026-03-05", "https://www.jwview.com/jingwei/html/03-05/661547.shtml",
            "国务院总理李强5日在政府工作报告中提出,今年发展主要预期目标是:经济增长4.5%-5%,在实际工作中努力争取更好结果;城镇调查失业率5.5%左右,城镇新增就业1200万人以上;居民消费价格涨幅2%左右;居民收入增长和经济增长同步;国际收支基本平衡;粮食产量1.4万亿斤左右;单位国内生产总值二氧化碳排放降低3.8%左右。")
        {
            Year = 2026,
            Targets =
            [
                "gdp growthRate atLeast 4.5% stretch 5% \"在实际工作中努力争取更好结果\"", "unemployment level about 5.5%", "new-urban-jobs level atLeast 1200 10^4 person",
                "cpi growthRate about 2%", "disposable-income relative about 0% vs gdp", "grain-output level about 1.4 10^12 jin", "carbon-intensity reduction about 3.8% binding",
            ],
            Findings = ["国务院总理李强5日在政府工作报告中提出", "国际收支基本平衡"],
        },
        new("National2015Review", "2016年国务院《政府工作报告》（中国政府网全文，中国教育在线转载）", "2016-03-05", "http://gaokao.eol.cn/huodong/yszd/201603/t20160307_1372790.shtml",
            "——经济运行保持在合理区间。国内生产总值达到67.7万亿元,增长6.9%,在世界主要经济体中位居前列。粮食产量实现“十二连增”,居民消费价格涨幅保持较低水平。特别是就业形势总体稳定,城镇新增就业1312万人,超过全年预期目标,成为经济运行的一大亮点。——结构调整取得积极进展。服务业在国内生产总值中的比重上升到50.5%,首次占据“半壁江山”。消费对经济增长的贡献率达到66.4%。高技术产业和装备制造业增速快于一般工业。单位国内生产总值能耗下降5.6%。——人民生活进一步改善。全国居民人均可支配收入实际增长7.4%,快于经济增速。")
        {
            Year = 2016, Mode = DraftMode.Results,
            Results =
            [
                "gdp 2015 level 67.7 10^12 CNY growth 6.9%", "new-urban-jobs 2015 level 1312 10^4 person", "energy-intensity 2015 growth -5.6%",
                "disposable-income 2015 growth 7.4% above 经济增速",
            ],
            Findings =
            [
                "——经济运行保持在合理区间", "在世界主要经济体中位居前列", "粮食产量实现“十二连增”", "居民消费价格涨幅保持较低水平", "特别是就业形势总体稳定",
                "超过全年预期目标", "成为经济运行的一大亮点", "——结构调整取得积极进展", "服务业在国内生产总值中的比重上升到50.5%", "首次占据“半壁江山”",
                "消费对经济增长的贡献率达到66.4%", "高技术产业和装备制造业增速快于一般工业", "——人民生活进一步改善",
            ],
        },
        new("Fyp13Urbanisation", "2016年国务院《政府工作报告》：“十三五”规划纲要草案（中国干部网）", "2016-03-05", "http://cnganbu.com/news/view?id=3857",
            "到2020年,常住人口城镇化率达到60%、户籍人口城镇化率达到45%。")
        {
            Horizon = ReportingPeriod.Parse("2016/2020"),
            Targets = ["urbanisation level exactly 60%", "household-urbanisation level exactly 45%"],
        },
        new("Fyp13Growth", "2016年国务院《政府工作报告》：“十三五”规划纲要草案（转述，wokee.net）", "2016-03-05", "https://wokee.net/5367.html",
            "李克强表示要实现全面建成小康社会的目标,到2020年国内生产总值和城乡居民人均收入比2010年翻一番,“十三五”时期经济年均增长保持在6.5%以上。")
        {
            Horizon = ReportingPeriod.Parse("2016/2020"),
            Targets = ["gdp averageAnnualGrowth atLeast 6.5%"],
            Findings = ["李克强表示要实现全面建成小康社会的目标", "到2020年国内生产总值和城乡居民人均收入比2010年翻一番"],
        },
        new("Fyp14Livelihood", "2021年国务院《政府工作报告》：“十四五”规划目标中的民生关切（新民晚报）", "2021-03-05", "https://paper.xinmin.cn/html/xmwb/2021-03-05/1-24/97567.html",
            """
            ■全员劳动生产率增长高于国内生产总值增长,城镇调查失业率控制在5.5%以内,物价水平保持总体平稳
            ■着力提高低收入群体收入,扩大中等收入群体,居民人均可支配收入增长与国内生产总值增长基本同步
            ■建设高质量教育体系,深化教育改革,实施教育提质扩容工程,劳动年龄人口平均受教育年限提高到11.3年
            ■全面推进健康中国建设,构建强大公共卫生体系,广泛开展全民健身运动,人均预期寿命再提高1岁
            ■健全多层次社会保障体系,基本养老保险参保率提高到95%,优化社会救助和慈善制度
            """)
        {
            Horizon = ReportingPeriod.Parse("2021/2025"),
            Targets =
            [
                "labour-productivity relative greaterThan 0% vs gdp", "unemployment level atMost 5.5%", "cpi qualitative \"保持总体平稳\"",
                "disposable-income relative about 0% vs gdp", "schooling-years level exactly 11.3 school-year binding", "life-expectancy increase exactly 1 year",
                "pension-coverage level exactly 95%",
            ],
            Findings =
            [
                "着力提高低收入群体收入", "扩大中等收入群体", "建设高质量教育体系", "深化教育改革", "实施教育提质扩容工程", "全面推进健康中国建设",
                "构建强大公共卫生体系", "广泛开展全民健身运动", "健全多层次社会保障体系", "优化社会救助和慈善制度",
            ],
        },
        new("Fyp14Green", "2021年国务院《政府工作报告》：“十四五”规划纲要草案（央视新闻，深圳新闻网）", "2021-03-05", "http://www.sznews.com/zhuanti/content/2021-03/05/content_24019935.htm",
            "坚持绿水青山就是金山银山理念,加强山水林田湖草系统治理,加快推进重要生态屏障建设,构建以国家公园为主体的自然保护地体系,森林覆盖率达到24.1%。持续改善环境质量,基本消除重污染天气和城市黑臭水体。落实2030年应对气候变化国家自主贡献目标。加快发展方式绿色转型,协同推进经济高质量发展和生态环境高水平保护,单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。")
        {
            Horizon = ReportingPeriod.Parse("2021/2025"),
            Targets = ["forest-coverage level exactly 24.1% binding", "energy-intensity reduction exactly 13.5% binding", "carbon-intensity reduction exactly 18% binding"],
            Findings =
            [
                "坚持绿水青山就是金山银山理念", "加强山水林田湖草系统治理", "加快推进重要生态屏障建设", "构建以国家公园为主体的自然保护地体系", "持续改善环境质量",
                "基本消除重污染天气和城市黑臭水体", "落实2030年应对气候变化国家自主贡献目标", "加快发展方式绿色转型", "协同推进经济高质量发展和生态环境高水平保护",
            ],
        },
        new("Fyp14Innovation", "“十四五”规划纲要（绍兴资讯网转述）", "2021-07-20", "http://shlanke.com/a/guoneizixun/2021/0720/274939.html",
            "“十四五”规划提到,全员劳动生产率增长高于国内生产总值增长,国内市场更加强大,经济结构更加优化,创新能力显著提升,全社会研发经费投入年均增长7%以上。")
        {
            Horizon = ReportingPeriod.Parse("2021/2025"),
            Targets = ["labour-productivity relative greaterThan 0% vs gdp", "rd-expenditure averageAnnualGrowth atLeast 7%"],
            Findings = ["“十四五”规划提到", "国内市场更加强大", "经济结构更加优化", "创新能力显著提升"],
        },
        new("Guangdong2023", "2023年广东省《政府工作报告》（新华网）", "2023-01-12", "http://gd.sina.com.cn/news/2023-01-12/detail-imxzxpam5839054.shtml",
            "广东省经济社会发展的主要预期目标是:地区生产总值增长5%以上;固定资产投资增长8%,社会消费品零售总额增长6%,进出口总额增长3%;规模以上工业增加值增长5.5%以上;地方一般公共预算收入增长5%;居民人均可支配收入增长与经济增长基本同步,居民消费价格涨幅3%左右;城镇新增就业110万人以上,城镇调查失业率控制在5.5%以内;粮食产量1268万吨以上。")
        {
            Year = 2023, Region = "广东省",
            Targets =
            [
                "gdp growthRate atLeast 5%", "fixed-asset-investment growthRate exactly 8%", "retail-sales growthRate exactly 6%", "foreign-trade growthRate exactly 3%",
                "industrial-value-added growthRate atLeast 5.5%", "budget-revenue growthRate exactly 5%", "disposable-income relative about 0% vs gdp", "cpi growthRate about 3%",
                "new-urban-jobs level atLeast 110 10^4 person", "unemployment level atMost 5.5%", "grain-output level atLeast 1268 10^4 t",
            ],
        },
        new("Guangdong2024", "2024年广东省《政府工作报告》", "2024-01-23", "https://freewechat.com/a/Mzg3NjEwMjcxMg==/2248037598/1",
            """
            ◆地区生产总值增长5%;
            ◆固定资产投资增长4%,社会消费品零售总额增长6%,进出口总额增长1%;
            ◆规模以上工业增加值增长5%;
            ◆地方一般公共预算收入增长3%;
            ◆居民人均可支配收入增长与经济增长同步,居民消费价格指数上涨3%左右;
            ◆城镇调查失业率5.5%左右,城镇新增就业人数110万人以上;
            ◆粮食产量1270万吨。
            """)
        {
            Year = 2024, Region = "广东省",
            Targets =
            [
                "gdp growthRate exactly 5%", "fixed-asset-investment growthRate exactly 4%", "retail-sales growthRate exactly 6%", "foreign-trade growthRate exactly 1%",
                "industrial-value-added growthRate exactly 5%", "budget-revenue growthRate exactly 3%", "disposable-income relative about 0% vs gdp", "cpi growthRate about 3%",
                "unemployment level about 5.5%", "new-urban-jobs level atLeast 110 10^4 person", "grain-output level exactly 1270 10^4 t",
            ],
        },
        new("Guangdong2023Review", "2024年广东省《政府工作报告》", "2024-01-23", "https://freewechat.com/a/Mzg3NjEwMjcxMg==/2248037598/1",
            """
            ●2023年广东地区生产总值达到13.57万亿元、增长4.8%
            ●地方一般公共预算收入达1.39万亿元、增长4.3%;
            ●社会消费品零售总额达4.7万亿元、增长5.8%
            ●规模以上工业增加值突破4万亿元、增长4.4%
            """)
        {
            Year = 2024, Region = "广东省",
            Results =
            [
                "gdp 2023 level 13.57 10^12 CNY growth 4.8%", "budget-revenue 2023 level 1.39 10^12 CNY growth 4.3%", "retail-sales 2023 level 4.7 10^12 CNY growth 5.8%",
                "industrial-value-added 2023 growth 4.4%",
            ],
            Findings = ["规模以上工业增加值突破4万亿元、增长4.4%"],
        },
        new("Jiangsu2023", "2023年江苏省《政府工作报告》（澎湃新闻）", "2023-01-15", "http://m.yktchina.com/gp/2023/0115/59552.html",
            "报告明确了2023年江苏经济社会发展主要预期目标:经济增长5%左右,一般公共预算收入增长5.5%左右,居民消费价格涨幅3%左右,居民人均可支配收入与经济增长基本同步,城镇新增就业120万人,城镇调查失业率5%左右,外贸进出口、实际使用外资稳中提质,单位地区生产总值能耗下降4.5%左右,粮食产量保持基本稳定。")
        {
            Region = "江苏省",
            Targets =
            [
                "gdp growthRate about 5%", "budget-revenue growthRate about 5.5%", "cpi growthRate about 3%", "disposable-income relative about 0% vs gdp",
                "new-urban-jobs level exactly 120 10^4 person", "unemployment level about 5%", "foreign-trade qualitative \"稳中提质\"", "foreign-capital qualitative \"稳中提质\"",
                "energy-intensity reduction about 4.5% binding", "grain-output qualitative \"保持基本稳定\"",
            ],
        },
        new("Jiangsu2024", "2024年江苏省《政府工作报告》（ZAKER）", "2024-01-23", "https://app.myzaker.com/article/65af41731bc8e0c845000008",
            "报告也定下了今年经济社会发展主要预期目标:地区生产总值增长 5% 以上,一般公共预算收入增长 4% 左右,居民人均可支配收入与经济增长同步,城镇新增就业 120 万人以上,城镇调查失业率 5% 左右, 社会消费品零售总额增长 5.5% 左右,外贸进出口总额实现正增长、实际使用外资稳中提质,单位地区生产总值能耗下降 2% 左右, 粮食产量保持基本稳定,居民消费价格涨幅 3% 左右。")
        {
            Year = 2024, Region = "江苏省",
            Targets =
            [
                "gdp growthRate atLeast 5%", "budget-revenue growthRate about 4%", "disposable-income relative about 0% vs gdp", "new-urban-jobs level atLeast 120 10^4 person",
                "unemployment level about 5%", "retail-sales growthRate about 5.5%", "foreign-trade growthRate greaterThan 0%", "foreign-capital qualitative \"稳中提质\"",
                "energy-intensity reduction about 2% binding", "grain-output qualitative \"保持基本稳定\"", "cpi growthRate about 3%",
            ],
        },
        new("Jiangsu2023Review", "2024年江苏省《政府工作报告》（ZAKER）", "2024-01-23", "https://app.myzaker.com/article/65af41731bc8e0c845000008",
            "地区生产总值达 12.82 万亿元、增长 5.8%。地区生产总值万亿之城增至 5 座。一般公共预算收入 9930 亿元、增长 7.3%。粮食总产量 759.5 亿斤、再创历史新高。进出口总额 5.25 万亿元,实际使用外资规模保持全国首位。")
        {
            Year = 2024, Region = "江苏省", Mode = DraftMode.Results,
            Results =
            [
                "gdp 2023 level 12.82 10^12 CNY growth 5.8%", "budget-revenue 2023 level 9930 10^8 CNY growth 7.3%", "grain-output 2023 level 759.5 10^8 jin",
                "foreign-trade 2023 level 5.25 10^12 CNY",
            ],
            Findings = ["地区生产总值万亿之城增至 5 座", "再创历史新高", "实际使用外资规模保持全国首位"],
        },
        new("Zhejiang2011", "2011年浙江省《政府工作报告》（浙江在线）", "2011-01-16", "http://zjnews.zjol.com.cn/05zjnews/system/2011/01/16/017241180.shtml",
            "建议2011年全省国民经济和社会发展主要预期目标为:全省生产总值增长9%左右,地方财政收入增长9%左右;研究与试验发展经费支出占生产总值比重1.9%左右;城镇居民人均可支配收入增长9%左右,农村居民人均纯收入增长9%左右;居民消费价格总水平涨幅控制在4%左右;城镇新增就业70万人,城镇登记失业率控制在4%以内;人口自然增长率控制在4.82‰以内。根据国家下达的节能减排指标,提出单位生产总值能耗和化学需氧量、二氧化硫、氮氧化物、氨氮排放量等年度目标。")
        {
            Region = "浙江省",
            Targets =
            [
                "gdp growthRate about 9%", "budget-revenue growthRate about 9%", "rd-intensity level about 1.9%", "urban-disposable-income growthRate about 9%",
                "rural-net-income growthRate about 9%", "cpi growthRate about 4%", "new-urban-jobs level exactly 70 10^4 person", "registered-unemployment level atMost 4%",
                "population-growth level atMost 4.82 permille",
            ],
            Findings = ["根据国家下达的节能减排指标", "提出单位生产总值能耗和化学需氧量、二氧化硫、氮氧化物、氨氮排放量等年度目标"],
        },
        new("Zhejiang2007Review", "2008年浙江省《政府工作报告》（浙江在线）", "2008-01-16", "http://news.cnnb.com.cn/system/2008/01/16/005445158.shtml",
            "据初步统计,全省生产总值增长14.5%;全社会固定资产投资增长11.1%,社会消费品零售总额增长16.6%,外贸进出口总额增长27.1%;单位生产总值能耗下降4%,化学需氧量、二氧化硫排放量分别下降4.5%和4.6%;财政总收入按可比口径增长15.2%,其中地方财政收入增长16.3%;城镇居民人均可支配收入实际增长8.4%,农村居民人均纯收入实际增长8.2%;居民消费价格总水平上涨4.2%;新增城镇就业73.5万人,人口自然增长率为4.81‰。")
        {
            Year = 2008, Region = "浙江省",
            Results =
            [
                "gdp 2007 growth 14.5% provisional", "fixed-asset-investment 2007 growth 11.1% provisional", "retail-sales 2007 growth 16.6% provisional",
                "foreign-trade 2007 growth 27.1% provisional", "energy-intensity 2007 growth -4% provisional", "budget-revenue 2007 growth 16.3% provisional",
                "urban-disposable-income 2007 growth 8.4% provisional", "rural-net-income 2007 growth 8.2% provisional", "cpi 2007 growth 4.2% provisional",
                "new-urban-jobs 2007 level 73.5 10^4 person provisional", "population-growth 2007 level 4.81 permille provisional",
            ],
            Findings = ["化学需氧量、二氧化硫排放量分别下降4.5%和4.6%", "财政总收入按可比口径增长15.2%"],
        },
        new("Shandong2013", "2013年山东省《政府工作报告》（大众网）", "2013-01-25", "http://dzwww.com/2013/sdlh/jdzfgzbg/201301/t20130125_7950194.htm",
            "今年全省经济社会发展的主要预期目标是,生产总值增长9.5%左右,地方财政收入增长12%左右,固定资产投资增长17%左右,社会消费品零售总额增长15%左右,进出口总额力争增长8%左右,实际利用外资稳步增加,城镇新增就业100万人,农村劳动力转移就业120万人,城镇登记失业率控制在4%以内,城镇居民人均可支配收入和农民人均纯收入均增长10%左右,居民消费价格涨幅控制在3.5%左右,人口自然增长率控制在6‰以内。全面完成国家下达的节能减排各项约束性目标。")
        {
            Year = 2013, Region = "山东省",
            Targets =
            [
                "gdp growthRate about 9.5%", "budget-revenue growthRate about 12%", "fixed-asset-investment growthRate about 17%", "retail-sales growthRate about 15%",
                "foreign-trade growthRate about 8% \"力争\"", "foreign-capital qualitative \"稳步增加\"", "new-urban-jobs level exactly 100 10^4 person",
                "registered-unemployment level atMost 4%", "urban-disposable-income growthRate about 10%", "rural-net-income growthRate about 10%", "cpi growthRate about 3.5%",
                "population-growth level atMost 6 permille", "energy-emission-tasks completion binding",
            ],
            Findings = ["农村劳动力转移就业120万人"],
        },
        new("Shandong2016", "2016年山东省《政府工作报告》（大众网）", "2016-01-24", "http://dzwww.com/2016/jdbg/jd/201601/t20160124_13739459.htm",
            "2016年主要预期目标是:地区生产总值增长7.5%-8%,地方一般公共预算收入增长8.5%。城镇新增就业110万人,城镇登记失业率控制在4%以内。进出口保持稳定。城镇和农村居民人均可支配收入分别增长8%和8.5%。居民消费价格上涨3%。常住和户籍人口城镇化率分别达到59%和49%。全面完成国家下达的年度节能减排约束性指标。")
        {
            Region = "山东省",
            Targets =
            [
                "gdp growthRate atLeast 7.5% stretch 8%", "budget-revenue growthRate exactly 8.5%", "new-urban-jobs level exactly 110 10^4 person",
                "registered-unemployment level atMost 4%", "foreign-trade qualitative \"保持稳定\"", "urban-disposable-income growthRate exactly 8%",
                "rural-disposable-income growthRate exactly 8.5%", "cpi growthRate exactly 3%", "urbanisation level exactly 59%", "household-urbanisation level exactly 49%",
                "energy-emission-tasks completion binding",
            ],
        },
        new("Shandong2015Review", "2016年山东省《政府工作报告》（大众网）", "2016-01-24", "http://dzwww.com/2016/jdbg/jd/201601/t20160124_13739459.htm",
            "全省生产总值比上年增长8%,地方一般公共预算收入增长10%。城镇新增就业116.8万人,农村劳动力转移就业127.5万人。城镇和农村居民人均可支配收入分别增长8%和8.8%。居民消费价格上涨1.2%。")
        {
            Year = 2016, Region = "山东省", Mode = DraftMode.Results,
            Results =
            [
                "gdp 2015 growth 8%", "budget-revenue 2015 growth 10%", "new-urban-jobs 2015 level 116.8 10^4 person", "urban-disposable-income 2015 growth 8%",
                "rural-disposable-income 2015 growth 8.8%", "cpi 2015 growth 1.2%",
            ],
            Findings = ["农村劳动力转移就业127.5万人"],
        },
        new("Shandong2018Review", "2019年山东省《政府工作报告》（青岛新闻网）", "2019-02-14", "http://news.qtv.com.cn/system/2019/02/14/015274027.shtml",
            "“稳”的基础更加牢固,经济运行总体平稳,全年实现生产总值7.65万亿元,比上年增长6.4%,粮食总产超过1000亿斤,规模以上工业增加值增长5.2%;三大需求总体平稳,固定资产投资、社会消费品零售总额分别增长4.1%、8.8%,进出口总额1.93万亿元,增长7.7%;就业物价总体平稳,城镇新增就业136.8万人,城镇登记失业率控制在3.35%,居民消费价格上涨2.5%。")
        {
            Year = 2019, Region = "山东省",
            Results =
            [
                "gdp 2018 level 7.65 10^12 CNY growth 6.4%", "industrial-value-added 2018 growth 5.2%", "fixed-asset-investment 2018 growth 4.1%", "retail-sales 2018 growth 8.8%",
                "foreign-trade 2018 level 1.93 10^12 CNY growth 7.7%", "new-urban-jobs 2018 level 136.8 10^4 person", "registered-unemployment 2018 level 3.35%", "cpi 2018 growth 2.5%",
            ],
            Findings = ["“稳”的基础更加牢固", "经济运行总体平稳", "粮食总产超过1000亿斤", "三大需求总体平稳", "就业物价总体平稳"],
        },
        new("Shandong2022", "2022年山东省《政府工作报告》（观点网）", "2022-01-23", "http://5g.rexun.cn/yaowen/2022/0123/012368004.html",
            "报告显示,建议今年全省经济社会发展主要预期目标为:地区生产总值增长5.5%以上,一般公共预算收入增长5%左右,城镇新增就业110万人以上,城镇调查失业率控制在5.5%以内,居民人均可支配收入增长7%左右,居民消费价格涨幅3%左右。据了解,2021年山东生产总值为83095.9亿元,按可比价格计算,比上年增长8.3%,两年平均增长5.9%。")
        {
            Year = 2022, Region = "山东省",
            Targets =
            [
                "gdp growthRate atLeast 5.5%", "budget-revenue growthRate about 5%", "new-urban-jobs level atLeast 110 10^4 person", "unemployment level atMost 5.5%",
                "disposable-income growthRate about 7%", "cpi growthRate about 3%",
            ],
            Results = ["gdp 2021 level 83095.9 10^8 CNY growth 8.3%", "gdp 2020/2021 average 5.9%"],
            Findings = ["报告显示", "据了解"],
        },
        new("Shandong2023", "2023年山东省《政府工作报告》（青岛晚报）", "2023-01-14", "https://epaper.guanhai.com.cn/conpaper/qdwb/h5/html5/2023-01/14/content_18592_7216155.htm",
            """
            建议全年经济社会发展预期目标

            ●地区生产总值增长5%以上

            ●一般公共预算收入增长5%以上

            ●居民人均可支配收入增长5%以上

            ●城镇新增就业110万人以上

            ●城镇调查失业率5.5%以内

            ●居民消费价格涨幅3%左右

            ●粮食产能稳定在1100亿斤以上

            ●外贸外资促稳提质

            ●全面完成国家下达的节能减排降碳

            约束性指标和环境质量改善目标
            """)
        {
            Year = 2023, Region = "山东省",
            Targets =
            [
                "gdp growthRate atLeast 5%", "budget-revenue growthRate atLeast 5%", "disposable-income growthRate atLeast 5%", "new-urban-jobs level atLeast 110 10^4 person",
                "unemployment level atMost 5.5%", "cpi growthRate about 3%", "grain-capacity level atLeast 1100 10^8 jin binding", "foreign-trade qualitative \"促稳提质\"",
                "foreign-capital qualitative \"促稳提质\"", "energy-emission-tasks completion binding", "eco-environment-quality completion binding",
            ],
        },
        new("Sichuan2009", "2009年四川省《政府工作报告》（央视网）", "2009-01-15", "http://news.cctv.com/china/20090115/106781.shtml",
            "2009年四川省经济社会发展的主要预期目标:全省生产总值增长9%,完成灾后重建主要目标任务的72%。地方财政一般预算收入增长10%;城镇新增就业62万人,城镇登记失业率控制在4.5%以内,城镇居民人均可支配收入增长10%,农民人均纯收入增长8%以上;居民消费价格上涨幅度控制在5%左右,人口自然增长率控制在千分之四点五以内。")
        {
            Region = "四川省",
            Targets =
            [
                "gdp growthRate exactly 9%", "budget-revenue growthRate exactly 10%", "new-urban-jobs level exactly 62 10^4 person", "registered-unemployment level atMost 4.5%",
                "urban-disposable-income growthRate exactly 10%", "rural-net-income growthRate atLeast 8%", "cpi growthRate about 5%",
            ],
            Findings = ["完成灾后重建主要目标任务的72%", "人口自然增长率控制在千分之四点五以内"],
        },
        new("Sichuan2024", "2024年四川省《政府工作报告》（人民网）", "2024-01-22", "http://sc.people.com.cn/n2/2024/0122/c345167-40722143.html",
            "2024年,四川省经济社会发展主要预期目标是:地区生产总值增长6%左右;城镇新增就业85万人,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;地方一般公共预算收入、居民收入增长和经济增长基本同步;粮食产量保持在715亿斤以上;完成国家下达的节能减排和环境保护等任务。")
        {
            Region = "四川省",
            Targets =
            [
                "gdp growthRate about 6%", "new-urban-jobs level exactly 85 10^4 person", "unemployment level about 5.5%", "cpi growthRate about 3%",
                "budget-revenue relative about 0% vs gdp", "disposable-income relative about 0% vs gdp", "grain-output level atLeast 715 10^8 jin",
                "energy-emission-tasks completion binding",
            ],
            Findings = ["完成国家下达的节能减排和环境保护等任务"],
        },
        new("Sichuan2026", "2026年四川省《政府工作报告》（中新网）", "2026-02-03", "https://us.usy7.cc/usy0b9Hv/aceTNPb_3820421.htm",
            "报告指出,过去一年,四川实现地区生产总值67665亿元,增长5.5%,总量和增速均居全国第5位;地方一般公共预算收入5853.9亿元,增长3.9%;城乡居民人均可支配收入分别增长4.4%、5.6%。报告明确,今年四川省经济社会发展的主要预期目标是:地区生产总值增长5.5%左右;城镇新增就业85万人,城镇调查失业率5.5%左右;居民消费价格涨幅2%左右;地方一般公共预算收入增长2%,居民收入增长和经济增长基本同步,粮食产量730亿斤以上;按照国家要求完成节能减排降碳任务。")
        {
            Year = 2026, Region = "四川省",
            Targets =
            [
                "gdp growthRate about 5.5%", "new-urban-jobs level exactly 85 10^4 person", "unemployment level about 5.5%", "cpi growthRate about 2%",
                "budget-revenue growthRate exactly 2%", "disposable-income relative about 0% vs gdp", "grain-output level atLeast 730 10^8 jin", "energy-emission-tasks completion binding",
            ],
            Results =
            [
                "gdp 2025 level 67665 10^8 CNY growth 5.5%", "budget-revenue 2025 level 5853.9 10^8 CNY growth 3.9%", "urban-disposable-income 2025 growth 4.4%",
                "rural-disposable-income 2025 growth 5.6%",
            ],
            Findings = ["报告指出", "总量和增速均居全国第5位", "报告明确"],
        },
        new("Fujian2012Review", "2013年福建省《政府工作报告》", "2013-01-27", "http://ciudsrc.com/webdiceng.php?id=40441",
            "报告说,初步统计,2012年全省生产总值19701.78亿元,增长11.4%;公共财政总收入3008.91亿元,增长15.9%;城镇居民人均可支配收入28055元,增长12.6%;农民人均纯收入9967元,增长13.5%。")
        {
            Year = 2013, Region = "福建省",
            Results =
            [
                "gdp 2012 level 19701.78 10^8 CNY growth 11.4% provisional", "urban-disposable-income 2012 level 28055 CNY growth 12.6% provisional",
                "rural-net-income 2012 level 9967 CNY growth 13.5% provisional",
            ],
            Findings = ["报告说", "公共财政总收入3008.91亿元", "增长15.9%"],
        },
        new("Fujian2013", "2013年福建省《政府工作报告》", "2013-01-27", "http://ciudsrc.com/webdiceng.php?id=40441",
            "报告明确提出了2013年全省经济社会发展的主要预期目标:全省生产总值增长11%左右;地方公共财政收入增长12%;全社会固定资产投资增长20%;外贸出口增长5%,实际利用外商直接投资增长5%。2013年,城镇登记失业率控制在4.2%以内;社会消费品零售总额增长15%,居民消费价格总水平丈夫控制在累右,农民人均纯收入增长11%左右;完成单位生产总值能耗、化学需氧量、二氧化硫、氨氮、氮氧化物等年度节能减排任务。")
        {
            Region = "福建省",
            Targets =
            [
                "gdp growthRate about 11%", "budget-revenue growthRate exactly 12%", "fixed-asset-investment growthRate exactly 20%", "exports growthRate exactly 5%",
                "foreign-capital growthRate exactly 5%", "registered-unemployment level atMost 4.2%", "retail-sales growthRate exactly 15%", "rural-net-income growthRate about 11%",
                "energy-emission-tasks completion binding",
            ],
            Findings = ["居民消费价格总水平丈夫控制在累右"],
        },
        new("Beijing2020", "2020年北京市《政府工作报告》（人民网）", "2020-01-12", "http://bj.people.com.cn/n2/2020/0112/c14540-33709481.html",
            "全市经济社会发展的主要预期目标是:地区生产总值增长6%左右;一般公共预算收入规模与上年持平;居民消费价格涨幅控制在3.5%以内;城镇调查失业率低于5%;居民收入增长与经济增长基本同步;单位地区生产总值能耗较2015年下降17%,单位地区生产总值二氧化碳排放较2015年下降20.5%,单位地区生产总值水耗下降3%左右,尽最大努力推动生态环境质量持续好转。")
        {
            Year = 2020, Region = "北京市",
            Targets =
            [
                "gdp growthRate about 6%", "cpi growthRate atMost 3.5%", "unemployment level lessThan 5%", "disposable-income relative about 0% vs gdp",
                "water-intensity reduction about 3% binding",
            ],
            Findings = ["一般公共预算收入规模与上年持平", "单位地区生产总值能耗较2015年下降17%", "单位地区生产总值二氧化碳排放较2015年下降20.5%", "尽最大努力推动生态环境质量持续好转"],
        },
        new("Beijing2019Review", "2020年北京市《政府工作报告》（宣讲家网）", "2020-01-12", "http://www.71.cn/2020/0112/1073264.shtml",
            "初步预计,全市地区生产总值比上年增长6.2%左右,一般公共预算收入增长0.5%;居民消费价格上涨2.3%,城镇调查失业率保持在4.4%左右,全市居民人均可支配收入实际增长6.3%左右;单位地区生产总值能耗、水耗分别下降4%和3%左右,细颗粒物年均浓度降至42微克/立方米。")
        {
            Year = 2020, Region = "北京市",
            Results =
            [
                "gdp 2019 growth 6.2% estimated", "budget-revenue 2019 growth 0.5% estimated", "cpi 2019 growth 2.3% estimated", "unemployment 2019 level 4.4% estimated",
                "disposable-income 2019 growth 6.3% estimated", "energy-intensity 2019 growth -4% estimated", "water-intensity 2019 growth -3% estimated",
                "pm25 2019 level 42 ug/m3 estimated",
            ],
        },
        new("Beijing2022", "2022年北京市《政府工作报告》（北京日报客户端，北京市发展和改革委员会网站）", "2022-01-06", "http://fgw.beijing.gov.cn/fzggzl/2022bjlh/zfgzbgjd/202201/t20220106_2584536.htm",
            "陈吉宁说,北京市今年经济社会发展主要预期目标是:地区生产总值增长5%以上,一般公共预算收入增长4%,城镇调查失业率控制在5%以内,居民消费价格涨幅3%左右,居民收入稳定增长,努力在实际工作中争取更好结果。生态环境质量、能源、水资源等指标按国家要求落实。")
        {
            Year = 2022, Region = "北京市",
            Targets =
            [
                "gdp growthRate atLeast 5%", "budget-revenue growthRate exactly 4%", "unemployment level atMost 5%", "cpi growthRate about 3%",
                "disposable-income qualitative \"稳定增长；努力在实际工作中争取更好结果\"",
            ],
            Findings = ["陈吉宁说", "生态环境质量、能源、水资源等指标按国家要求落实"],
        },
        new("Shanghai2019", "2019年上海市《政府工作报告》（文汇报）", "2019-01-28", "http://dzb.whb.cn/html/2019-01/28/content_750741.html",
            "■全市生产总值增长6%-6.5%,地方一般公共预算收入增长5%,全社会研发经费支出相当于全市生产总值的比例保持在4%左右,城镇调查失业率和登记失业率稳定在4.3%左右,居民人均可支配收入增长与经济增长基本同步,居民消费价格指数与国家价格调控目标保持衔接,环保投入相当于全市生产总值的比例保持在3%左右,单位生产总值能耗、主要污染物排放量进一步下降")
        {
            Year = 2019, Region = "上海市",
            Targets =
            [
                "gdp growthRate atLeast 6% stretch 6.5%", "budget-revenue growthRate exactly 5%", "rd-intensity level about 4%", "unemployment level about 4.3%",
                "registered-unemployment level about 4.3%", "disposable-income relative about 0% vs gdp", "energy-intensity qualitative binding \"进一步下降\"",
                "major-pollutant-emissions qualitative binding \"进一步下降\"",
            ],
            Findings = ["居民消费价格指数与国家价格调控目标保持衔接", "环保投入相当于全市生产总值的比例保持在3%左右"],
        },
        new("Shanghai2024", "2024年上海市《政府工作报告》（解放日报·上观新闻）", "2024-01-23", "http://gx.checne.com/toutiao/52033.html",
            "龚正说,综合各方面因素,建议今年全市经济社会发展的主要预期目标是:全市生产总值增长5%左右,地方一般公共预算收入增长5%,全社会研发经费支出相当于全市生产总值的比例达到4.5%左右,城镇调查失业率5%以内,居民人均可支配收入增长与经济增长保持同步,居民消费价格涨幅3%左右。")
        {
            Year = 2024, Region = "上海市",
            Targets =
            [
                "gdp growthRate about 5%", "budget-revenue growthRate exactly 5%", "rd-intensity level about 4.5%", "unemployment level atMost 5%",
                "disposable-income relative about 0% vs gdp", "cpi growthRate about 3%",
            ],
            Findings = ["龚正说", "综合各方面因素"],
        },
        new("Jinan2025", "2025年济南市《政府工作报告》", "2025-01-13", "https://www.jiuchuangxh.com/125164.html",
            "2025年济南市经济社会发展主要预期目标是:地区生产总值增长5.5%左右;一般公共预算收入增长3%左右;规模以上工业增加值增长6.5%左右;固定资产投资合理增长;社会消费品零售总额增长3%左右;城乡居民人均可支配收入分别增长5.5%左右和6%左右;城镇新增就业15万人以上;居民消费价格保持合理水平;完成省下达的节能减排降碳约束性指标和环境质量改善目标。")
        {
            Region = "济南市",
            Targets =
            [
                "gdp growthRate about 5.5%", "budget-revenue growthRate about 3%", "industrial-value-added growthRate about 6.5%", "fixed-asset-investment qualitative \"合理增长\"",
                "retail-sales growthRate about 3%", "urban-disposable-income growthRate about 5.5%", "rural-disposable-income growthRate about 6%",
                "new-urban-jobs level atLeast 15 10^4 person", "cpi qualitative \"保持合理水平\"", "energy-emission-tasks completion binding", "eco-environment-quality completion binding",
            ],
        },
        new("Jinan2026", "2026年济南市《政府工作报告》（齐鲁晚报，Reportify 转载，PDF 换行保留）", "2026-01-19", "https://reportify.ai/news/1210643523800535040",
            """
            2026年济南市经济社会发展主要预期目标是:地区生产总值增长5%以上,在实际工作中努力争取更好
            结果;一般公共预算收入增长3%;规模以上工业增加值增长7%;社会消费品零售总额增长3%以上;居
            民收入增长和经济增长同步;城镇新增就业15万人以上;居民消费价格保持合理水平;完成省下达的节
            能减排降碳约束性指标和环境质量改善目标。
            """)
        {
            Region = "济南市",
            Targets =
            [
                "gdp growthRate atLeast 5% \"在实际工作中努力争取更好结果\"", "budget-revenue growthRate exactly 3%", "industrial-value-added growthRate exactly 7%",
                "retail-sales growthRate atLeast 3%", "disposable-income relative about 0% vs gdp", "new-urban-jobs level atLeast 15 10^4 person",
                "cpi qualitative \"保持合理水平\"", "energy-emission-tasks completion binding", "eco-environment-quality completion binding",
            ],
        },
        new("Nbs2022", "国家统计局《中华人民共和国2022年国民经济和社会发展统计公报》（甘肃发布转载）", "2023-02-28", "https://freewechat.com/a/MzA5NjI1ODAzNQ==/2797174616/{{href}}",
            "初步核算,全年国内生产总值1210207亿元,比上年增长3.0%。其中,第一产业增加值88345亿元,比上年增长4.1%;第二产业增加值483164亿元,增长3.8%;第三产业增加值638698亿元,增长2.3%。全年人均国内生产总值85698元,比上年增长3.0%。国民总收入1197215亿元,比上年增长2.8%。全员劳动生产率为152977元/人,比上年提高4.2%。年末全国就业人员73351万人,其中城镇就业人员45931万人,占全国就业人员比重为62.6%。全年城镇新增就业1206万人,比上年少增63万人。全年全国城镇调查失业率平均值为5.6%。年末全国城镇调查失业率为5.5%。全年居民消费价格比上年上涨2.0%。")
        {
            Year = 2023, Mode = DraftMode.Results,
            Results =
            [
                "gdp 2022 level 1210207 10^8 CNY growth 3.0% provisional", "primary-industry-value-added 2022 level 88345 10^8 CNY growth 4.1%",
                "secondary-industry-value-added 2022 level 483164 10^8 CNY growth 3.8%", "services-value-added 2022 level 638698 10^8 CNY growth 2.3%",
                "gdp-per-capita 2022 level 85698 CNY growth 3.0%", "labour-productivity 2022 level 152977 CNY/person growth 4.2%",
                "new-urban-jobs 2022 level 1206 10^4 person", "unemployment 2022 level 5.6%", "unemployment 2022-M12 level 5.5%", "cpi 2022 growth 2.0%",
            ],
            Findings = ["国民总收入1197215亿元", "比上年增长2.8%", "年末全国就业人员73351万人", "其中城镇就业人员45931万人", "占全国就业人员比重为62.6%", "比上年少增63万人"],
        },
        new("Nbs2023", "国家统计局 2023年国民经济运行情况（央视网）", "2024-01-17", "http://103.52.134.50/scripts/wab.php?U7k=qv5AJ.html",
            "初步核算,全年国内生产总值1260582亿元,按不变价格计算,比上年增长5.2%。2023年,粮食产量再创新高,达到69541万吨。工业生产稳步回升,全国规模以上工业增加值比上年增长4.6%,其中,装备制造业增长较快。全年社会消费品零售总额达到471495亿元,比上年增长7.2%。初步测算,2023年全社会研究与试验发展经费投入达到33278.2亿元,投入强度达到2.64%,比上年提高0.08个百分点。")
        {
            Year = 2024, Mode = DraftMode.Results,
            Results =
            [
                "gdp 2023 level 1260582 10^8 CNY growth 5.2% provisional", "grain-output 2023 level 69541 10^4 t", "industrial-value-added 2023 growth 4.6%",
                "retail-sales 2023 level 471495 10^8 CNY growth 7.2%", "rd-expenditure 2023 level 33278.2 10^8 CNY provisional",
            ],
            Findings = ["粮食产量再创新高", "工业生产稳步回升", "装备制造业增长较快", "投入强度达到2.64%", "比上年提高0.08个百分点"],
        },
    ];
}
