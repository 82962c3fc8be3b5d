-- BENCHMARK ONLY: wrk script for bench/run.sh. Every request asks the portal feed for another keyword, drawn from
-- Chinese terms of the demo data and the synthetic notices (places, projects, notice kinds, common phrases), some
-- in many notices, some in few or none, so no two requests in a row are the same query.
local terms = {
  "大民村", "征收", "补偿", "预公告", "棚户区", "改造项目", "嫩江大道", "污水处理厂", "老旧小区", "保障性租赁住房",
  "农田水利", "校舍", "冬春生活救助", "公共租赁住房", "供热管网", "城乡供水", "卫生服务中心", "五龙街道", "湖滨街道",
  "江岸街道", "正阳街道", "彩虹街道", "南航街道", "大民街道", "公示期", "异议", "书面形式", "实名", "区片综合地价",
  "地上附着物", "保障金额", "社会化发放", "村民委员会", "公示栏", "中标", "招标", "采购", "成交", "寄宿生", "生活补助",
  "划片", "入学", "实物配租", "抽签", "低保", "特困", "受灾", "救助对象", "征地拆迁", "龙沙区", "齐齐哈尔", "第七批次",
  "听证", "安置", "货币补偿", "宅基地", "青苗", "房屋征收", "评估", "签约"
}
local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local n = 0
math.randomseed(42)

request = function()
  n = n + 1
  local term = terms[math.random(#terms)]
  -- a page size that changes too, so even a repeated term is another query
  local path = "/api/portal/feed?limit=" .. (10 + n % 11) .. "&q=" .. encode(term)
  return wrk.format("GET", path)
end
