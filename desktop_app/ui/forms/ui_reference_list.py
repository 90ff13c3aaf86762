# generated from ui/reference_list.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ReferenceList(object):
    def setupUi(self, ReferenceList):
        if not ReferenceList.objectName():
            ReferenceList.setObjectName(u"ReferenceList")
        ReferenceList.resize(1000, 560)
        ReferenceList.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ReferenceList)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterLabel = QLabel(ReferenceList)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterRow.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(ReferenceList)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterEdit)


        self.mainLayout.addLayout(self.filterRow)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.table = QTableView(ReferenceList)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.body.addWidget(self.table)

        self.buttons = QVBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(ReferenceList)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttons.addWidget(self.addButton)

        self.editButton = QPushButton(ReferenceList)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.buttons.addWidget(self.editButton)

        self.deleteButton = QPushButton(ReferenceList)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttons.addWidget(self.deleteButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(ReferenceList)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttons.addWidget(self.closeButton)


        self.body.addLayout(self.buttons)


        self.mainLayout.addLayout(self.body)

        self.hintLabel = QLabel(ReferenceList)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.table)
        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.closeButton)

        self.retranslateUi(ReferenceList)

        QMetaObject.connectSlotsByName(ReferenceList)
    # setupUi

    def retranslateUi(self, ReferenceList):
        self.filterLabel.setText(QCoreApplication.translate("ReferenceList", u"&\u041d\u0430\u0439\u0442\u0438:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ReferenceList", u"\u0447\u0430\u0441\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f, \u043a\u0440\u0430\u0442\u043a\u043e\u0433\u043e \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u044f \u0438\u043b\u0438 \u0440\u0435\u0433\u0438\u043e\u043d\u0430", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ReferenceList", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0437\u0430\u043f\u0438\u0441\u044c (Ins)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("ReferenceList", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ReferenceList", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0432\u044b\u0434\u0435\u043b\u0435\u043d\u043d\u0443\u044e \u0437\u0430\u043f\u0438\u0441\u044c (Enter, \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ReferenceList", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ReferenceList", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0432\u044b\u0434\u0435\u043b\u0435\u043d\u043d\u0443\u044e \u0437\u0430\u043f\u0438\u0441\u044c (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("ReferenceList", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.closeButton.setText(QCoreApplication.translate("ReferenceList", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
        pass
    # retranslateUi

