package org.sunlight.catalog.demo;

import java.util.Map;

/**
 * 江苏省's 13 cities and their 95 county-level divisions, for the province-scale catalog. City codes are
 * the GB/T 2260 ones; county codes follow the standard's pattern (districts 02…, counties 21…,
 * county-level cities 81…) and are exact for 扬州市, synthetic elsewhere.
 */
final class JiangsuRegions {

    private JiangsuRegions() {
    }

    /** {code, name, counties separated by spaces}. */
    static final String[][] CITIES = {
        {"320100", "南京市", "玄武区 秦淮区 建邺区 鼓楼区 浦口区 栖霞区 雨花台区 江宁区 六合区 溧水区 高淳区"},
        {"320200", "无锡市", "锡山区 惠山区 滨湖区 梁溪区 新吴区 江阴市 宜兴市"},
        {"320300", "徐州市", "鼓楼区 云龙区 贾汪区 泉山区 铜山区 丰县 沛县 睢宁县 新沂市 邳州市"},
        {"320400", "常州市", "天宁区 钟楼区 新北区 武进区 金坛区 溧阳市"},
        {"320500", "苏州市", "虎丘区 吴中区 相城区 姑苏区 吴江区 常熟市 张家港市 昆山市 太仓市"},
        {"320600", "南通市", "通州区 崇川区 海门区 如东县 启东市 如皋市 海安市"},
        {"320700", "连云港市", "连云区 海州区 赣榆区 东海县 灌云县 灌南县"},
        {"320800", "淮安市", "淮安区 淮阴区 清江浦区 洪泽区 涟水县 盱眙县 金湖县"},
        {"320900", "盐城市", "亭湖区 盐都区 大丰区 响水县 滨海县 阜宁县 射阳县 建湖县 东台市"},
        {"321000", "扬州市", "广陵区 邗江区 江都区 宝应县 仪征市 高邮市"},
        {"321100", "镇江市", "京口区 润州区 丹徒区 丹阳市 扬中市 句容市"},
        {"321200", "泰州市", "海陵区 高港区 姜堰区 兴化市 靖江市 泰兴市"},
        {"321300", "宿迁市", "宿城区 宿豫区 沭阳县 泗阳县 泗洪县"}};

    private static final Map<String, String> YANGZHOU = Map.of(
            "广陵区", "321002", "邗江区", "321003", "江都区", "321012", "宝应县", "321023", "仪征市", "321081", "高邮市", "321084");

    /** The code of the {@code index}-th county of a city (by the standard's pattern). */
    static String countyCode(String cityCode, String name, int index) {
        if (cityCode.equals("321000")) {
            return YANGZHOU.get(name);
        }
        String[] all = null;
        for (String[] c : CITIES) {
            if (c[0].equals(cityCode)) {
                all = c[2].split(" ");
            }
        }
        int districts = 0;
        int counties = 0;
        int cities = 0;
        for (int i = 0; i < index; i++) {
            if (all[i].endsWith("区")) {
                districts++;
            } else if (all[i].endsWith("县")) {
                counties++;
            } else {
                cities++;
            }
        }
        String prefix = cityCode.substring(0, 4);
        if (name.endsWith("区")) {
            return prefix + String.format("%02d", 2 + districts);
        }
        if (name.endsWith("县")) {
            return prefix + (21 + counties);
        }
        return prefix + (81 + cities);
    }
}
